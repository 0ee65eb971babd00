package wpbody

import (
	"net/url"
	"strings"
	"testing"

	"warta/internal/body"
)

// testResolver knows a few posts and photos of http://old.test.
func testResolver() Resolver {
	base, _ := url.Parse("https://www.old.test/")
	return Resolver{
		Base: base,
		Link: func(u *url.URL) (string, int64, bool) {
			switch {
			case u.Path == "/2019/01/02/banjir-jakarta/", u.Query().Get("p") == "12":
				return "/nasional/2019/01/02/banjir-jakarta", 7, true
			case u.Path == "/category/politik/":
				return "/politik/", 0, true
			}
			return "", 0, false
		},
		Image: func(u *url.URL, id int64) (Media, bool) {
			if id == 12 || u != nil && strings.HasPrefix(u.Path, "/wp-content/uploads/2019/01/presiden") {
				return Media{ID: 3, Src: "/media/ab/abcd-1280.jpg", Caption: "Library caption", Credit: "Library credit", Alt: "Library alt"}, true
			}
			if id == 13 {
				return Media{ID: 4, Src: "/media/cd/cdef-1280.jpg", Alt: "Second"}, true
			}
			return Media{}, false
		},
	}
}

func convertSanitized(t *testing.T, in string) (string, Report) {
	t.Helper()
	out, rep := Convert(in, testResolver())
	return body.Sanitize(out), rep
}

func TestConvert(t *testing.T) {
	const photo3 = `<figure class="image" data-media-id="3"><img src="/media/ab/abcd-1280.jpg" alt="`
	tests := []struct {
		name, in string
		want     []string // substrings of the sanitised output, in order
		not      []string
	}{
		{"autop paragraphs and breaks", "Satu\ndua\n\nTiga",
			[]string{"<p>Satu<br/>\ndua</p>\n<p>Tiga</p>"}, nil},
		{"autop whitespace-only lines separate", "Satu\n  \t\nDua",
			[]string{"<p>Satu</p>\n<p>Dua</p>"}, nil},
		{"autop no p around blocks", "Teks\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<h2>Judul</h2>\nLagi",
			[]string{"<p>Teks</p>\n<ul><li>a</li><li>b</li></ul>\n<h2>Judul</h2>\n<p>Lagi</p>"}, []string{"<p><ul>"}},
		{"autop pre untouched", "A\n\n<pre>x\n\ny\n  z</pre>\n\nB",
			[]string{"<pre>x\n\ny\n  z</pre>"}, []string{"<br/>"}},
		{"autop blockquote gets paragraphs", "<blockquote>Kutipan\n\nKedua</blockquote>",
			[]string{"<blockquote>\n<p>Kutipan</p>\n<p>Kedua</p>\n</blockquote>"}, nil},
		{"more and nextpage removed", "A<!--more Baca-->\n\nB<!--nextpage-->C",
			[]string{"<p>A</p>", "<p>BC</p>"}, []string{"more", "nextpage"}},
		{"text in brackets survives", "Dia [sic] menulis [1] dan [Updated] [/lain]",
			[]string{"<p>Dia [sic] menulis [1] dan [Updated] [/lain]</p>"}, nil},
		{"bracketed text with a link is text", `Terima kasih [dan orang yang <a href="https://contoh.test/a">menulis ini</a>] ya`,
			[]string{`<p>Terima kasih [dan orang yang <a href="https://contoh.test/a" rel="noopener">menulis ini</a>] ya</p>`}, nil},
		{"a matching closing tag makes a shortcode", "Dia [sic]kata[/sic]",
			[]string{"<p>Dia kata</p>"}, nil},
		{"escaped shortcode is literal", "Tulis [[gallery ids=\"1\"]] saja",
			[]string{`<p>Tulis [gallery ids=&#34;1&#34;] saja</p>`}, []string{"<figure"}},
		{"unknown shortcodes removed, text kept", `[vc_row][vc_column]Isi kolom[/vc_column][/vc_row] [contact-form-7 id="5"] [su_button url="x"]Klik[/su_button] [mywidget foo="1"]`,
			[]string{"<p>Isi kolom  Klik</p>"}, []string{"[", "]"}},
		{"caption with library photo and credit", `[caption id="attachment_12" align="aligncenter" width="640"]<a href="https://old.test/x.jpg"><img class="size-large wp-image-12" src="https://old.test/wp-content/uploads/2019/01/x-300x200.jpg" alt="Presiden" /></a> Presiden tiba di Istana (Foto: Budi/Antara)[/caption]`,
			[]string{photo3 + `Presiden"/><figcaption>Presiden tiba di Istana <span class="credit">Foto: Budi/Antara</span></figcaption></figure>`}, []string{"[caption", "<p>"}},
		{"caption credit forms", `[caption id="attachment_99"]<img src="/wp-content/uploads/2019/02/demo.jpg" alt=""> Warga antre. (ANTARA/Nama Fotografer)[/caption]`,
			[]string{`<figure><img src="https://www.old.test/wp-content/uploads/2019/02/demo.jpg" alt=""/><figcaption>Warga antre. <span class="credit">ANTARA/Nama Fotografer</span></figcaption></figure>`}, nil},
		{"caption FOTO label", `[caption id="attachment_13"]<img src="/a.jpg"> Banjir di Kemang. FOTO: Rina/Warta[/caption]`,
			[]string{`<figure class="image" data-media-id="4"><img src="/media/cd/cdef-1280.jpg" alt="Second"/><figcaption>Banjir di Kemang. <span class="credit">FOTO: Rina/Warta</span></figcaption></figure>`}, nil},
		{"gallery by ids", `[gallery ids="12,13,404" columns="3"]`,
			[]string{`data-media-id="3"`, `data-media-id="4"`}, []string{"404", "[gallery"}},
		{"embed shortcode", `[embed]http://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]`,
			[]string{`<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">`}, nil},
		{"embed other URL is a link", `[embed]https://vimeo.com/12345[/embed]`,
			[]string{`<p><a href="https://vimeo.com/12345" rel="noopener">https://vimeo.com/12345</a></p>`}, []string{"<figure"}},
		{"bare embeddable URL line", "Lihat:\n\nhttps://twitter.com/warta/status/123\n\nSelesai",
			[]string{`<figure class="embed" data-embed-url="https://twitter.com/warta/status/123">`}, nil},
		{"video shortcode", `[video width="640" mp4="https://www.old.test/wp-content/uploads/v.mp4"][/video]`,
			[]string{`<p>Video: <a href="https://www.old.test/wp-content/uploads/v.mp4" rel="noopener">`}, []string{"[video", "[/video"}},
		{"video shortcode with YouTube", `[video src="https://youtu.be/dQw4w9WgXcQ"]`,
			[]string{`<figure class="embed" data-embed-url="https://youtu.be/dQw4w9WgXcQ">`}, nil},
		{"audio shortcode", `[audio mp3="/wp-content/uploads/a.mp3"]`,
			[]string{`<p>Audio: <a href="/wp-content/uploads/a.mp3">/wp-content/uploads/a.mp3</a></p>`}, nil},
		{"baca juga", `<p><strong>Baca Juga :</strong> <a href="https://old.test/2019/01/02/banjir-jakarta/">Banjir Jakarta</a></p>`,
			[]string{`<aside class="baca-juga" data-article-id="7"><a href="/nasional/2019/01/02/banjir-jakarta">Banjir Jakarta</a></aside>`}, []string{"<p>"}},
		{"baca juga by ?p= and other prefix", "BACA JUGA: <a href=\"/?p=12\">Judul</a>",
			[]string{`<aside class="baca-juga" data-article-id="7">`}, nil},
		{"baca juga to a non-article stays", `<p>Simak juga: <a href="https://old.test/category/politik/">Politik</a></p>`,
			[]string{`<p>Simak juga: <a href="/politik/">Politik</a></p>`}, []string{"aside"}},
		{"baca juga with two links stays", `<p>Baca juga: <a href="/?p=12">A</a> dan <a href="/?p=12">B</a></p>`,
			[]string{`<p>Baca juga: <a href="/nasional/2019/01/02/banjir-jakarta">A</a>`}, []string{"aside"}},
		{"links rewritten, external kept", `<p><a href="http://OLD.test/2019/01/02/banjir-jakarta/">a</a> <a href="//old.test/?p=12">b</a> <a href="https://elsewhere.test/2019/01/02/banjir-jakarta/">c</a> <a href="/wp-content/uploads/doc.pdf">d</a></p>`,
			[]string{`<a href="/nasional/2019/01/02/banjir-jakarta">a</a> <a href="/nasional/2019/01/02/banjir-jakarta">b</a> <a href="https://elsewhere.test/2019/01/02/banjir-jakarta/" rel="noopener">c</a> <a href="/wp-content/uploads/doc.pdf">d</a>`}, nil},
		{"standalone image becomes photo", `<p><a href="/wp-content/uploads/2019/01/presiden.jpg"><img class="alignnone" src="/wp-content/uploads/2019/01/presiden-300x200.jpg" srcset="/wp-content/uploads/2019/01/presiden-300x200.jpg 300w" alt=""></a></p>`,
			[]string{photo3 + `Library alt"/><figcaption>Library caption <span class="credit">Library credit</span></figcaption></figure>`}, []string{"srcset", "<p>"}},
		{"inline image keeps being an image", `<p>Teks <img src="https://old.test/wp-content/uploads/2019/01/presiden-150x150.jpg" alt="x"> teks</p>`,
			[]string{`<p>Teks <img src="/media/ab/abcd-1280.jpg" alt="x"/> teks</p>`}, nil},
		{"unknown old image kept absolute", `<p>Teks <img src="/wp-content/uploads/hilang.jpg" srcset="/wp-content/uploads/hilang-2x.jpg 2x"> teks</p>`,
			[]string{`<img src="https://www.old.test/wp-content/uploads/hilang.jpg"/>`}, []string{"srcset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := convertSanitized(t, tt.in)
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("Convert(%q)\n got: %s\nwant: %s", tt.in, got, w)
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("Convert(%q)\n got: %s\nhas: %s", tt.in, got, n)
				}
			}
		})
	}
}
