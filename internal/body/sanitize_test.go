package body_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"warta/internal/body"
)

func TestSanitizeXSS(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"script", `<script>alert(1)</script>`, ``},
		{"script src upper case", `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`, ``},
		{"split script tag", `<scr<script>ipt>alert(1)</script>`, `<p>ipt&gt;alert(1)</p>`},
		{"img onerror", `<img src=x onerror=alert(1)>`, `<img src="x"/>`},
		{"img javascript src", `<img src="javascript:alert(1)">`, ``},
		{"img data src", `<img src="data:image/svg+xml;base64,PHN2Zz4=">`, ``},
		{"img srcset schemes", `<img src="/a.jpg" srcset="javascript:alert(1) 1x, data:image/png;base64,AA 2x">`, `<img src="/a.jpg"/>`},
		{"a javascript", `<a href="javascript:alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript mixed case", `<a href="JaVaScRiPt:alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript leading space", `<a href=" javascript:alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript tab entity", `<a href="jav&#x09;ascript:alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript decimal entities", `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript named colon", `<a href="javascript&colon;alert(1)">x</a>`, `<p>x</p>`},
		{"a javascript nul", "<a href=\"java\x00script:alert(1)\">x</a>", `<p>x</p>`},
		{"a vbscript", `<a href="vbscript:msgbox(1)">x</a>`, `<p>x</p>`},
		{"a data url", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`, `<p>x</p>`},
		{"a onclick kept link", `<a href="https://example.com" onclick="alert(1)">x</a>`, `<p><a href="https://example.com" rel="noopener">x</a></p>`},
		{"a style and target", `<a href="https://example.com" style="position:fixed;top:0" target="_blank">x</a>`, `<p><a href="https://example.com" target="_blank" rel="noopener">x</a></p>`},
		{"new tab on a relative link gets noopener", `<p><a href="/nasional/" target="_blank" rel="opener">x</a></p>`, `<p><a href="/nasional/" target="_blank" rel="noopener">x</a></p>`},
		{"only _blank is a target", `<p><a href="https://example.com" target="_top">x</a> <a href="/y" target="frame">y</a></p>`, `<p><a href="https://example.com" rel="noopener">x</a> <a href="/y">y</a></p>`},
		{"iframe javascript", `<iframe src="javascript:alert(1)"></iframe>`, ``},
		{"iframe JAVASCRIPT entity", `<iframe src="JAVA&#83;CRIPT:alert(1)"></iframe>`, ``},
		{"iframe other host", `<iframe src="https://evil.example/embed/x"></iframe>`, ``},
		{"iframe lookalike host", `<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>`, ``},
		{"iframe http youtube", `<iframe src="http://www.youtube.com/embed/x"></iframe>`, ``},
		{"iframe onload srcdoc", `<iframe src="https://www.youtube.com/embed/x" onload="alert(1)" srcdoc="<script>alert(1)</script>"></iframe>`, `<iframe src="https://www.youtube.com/embed/x"></iframe>`},
		{"iframe fallback markup", `<iframe src="https://www.youtube.com/embed/x"><img src=x onerror=alert(1)></iframe>`, `<iframe src="https://www.youtube.com/embed/x"></iframe>`},
		{"svg onload", `<svg onload=alert(1)><circle r=1></circle></svg>`, ``},
		{"svg script", `<svg><script>alert(1)</script></svg>`, ``},
		{"math href", `<math href="javascript:alert(1)">x</math>`, `<p>x</p>`},
		{"mxss style in math", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, ``},
		{"style url", `<p style="background:url(javascript:alert(1))">x</p>`, `<p>x</p>`},
		{"style expression", `<div style="width:expression(alert(1))">x</div>`, `<p>x</p>`},
		{"style element and link", `<style>@import 'x.css';</style><link rel="stylesheet" href="x.css"><p>t</p>`, `<p>t</p>`},
		{"meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`, ``},
		{"base href", `<base href="https://evil.example/"><a href="/x">x</a>`, `<p><a href="/x">x</a></p>`},
		{"form", `<form action="https://evil.example"><input name="x"><button>Kirim</button></form>`, `<p>Kirim</p>`},
		{"object and embed", `<object data="x.swf"><param name="a" value="b"></object><embed src="x.swf">`, ``},
		{"event handlers", `<p onclick="alert(1)" onmouseover=alert(2)>x</p>`, `<p>x</p>`},
		{"details ontoggle", `<details open ontoggle=alert(1)><summary>s</summary>d</details>`, "<p>s</p>\n<p>d</p>"},
		{"body onload", `<body onload=alert(1)><p>x</p></body>`, `<p>x</p>`},
		{"blockquote javascript cite", `<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>`, `<blockquote><p>q</p></blockquote>`},
		{"noscript breakout", `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`, `<p><img src="x"/>&#34;&gt;</p>`},
		{"comment", `<!--<img src=x onerror=alert(1)>--><p>x</p>`, `<p>x</p>`},
		{"xmp", `<xmp><script>alert(1)</script></xmp>`, `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`},
		{"textarea", `<textarea><script>alert(1)</script></textarea>`, `<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`},
		{"link in table cell", `<table><tr><td><a href="javascript:alert(1)">x</a></td></tr></table>`, `<table><tbody><tr><td>x</td></tr></tbody></table>`},
		{"class with markup", `<span class="a&quot; onmouseover=&quot;alert(1)">x</span>`, `<p>x</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := body.Sanitize(tc.in)
			if got != tc.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			checkSafe(t, got)
		})
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"blank", " \n\t ", ""},
		{"plain text becomes a paragraph", "Halo dunia", "<p>Halo dunia</p>"},
		{"blocks on their own lines", "<p>a</p>   <p>b</p><h2>c</h2>", "<p>a</p>\n<p>b</p>\n<h2>c</h2>"},
		{"h1 becomes h2", `<h1 id="x">Judul</h1>`, `<h2>Judul</h2>`},
		{"h5 and h6 become h4", `<h5>a</h5><h6>b</h6>`, "<h4>a</h4>\n<h4>b</h4>"},
		{"inline formatting kept", `<p><strong>a</strong> <b>b</b> <em>c</em> <i>d</i> <u>e</u> <s>f</s> H<sub>2</sub>O x<sup>2</sup> <small>g</small> <mark>h</mark> <code>i</code> <q>j</q> <cite>k</cite></p>`,
			`<p><strong>a</strong> <b>b</b> <em>c</em> <i>d</i> <u>e</u> <s>f</s> H<sub>2</sub>O x<sup>2</sup> <small>g</small> <mark>h</mark> <code>i</code> <q>j</q> <cite>k</cite></p>`},
		{"abbr and time", `<p><abbr title="Dewan Perwakilan Rakyat" class="x">DPR</abbr> <time datetime="2024-10-28T10:15:00+07:00" onclick="x">Senin</time></p>`,
			`<p><abbr title="Dewan Perwakilan Rakyat">DPR</abbr> <time datetime="2024-10-28T10:15:00+07:00">Senin</time></p>`},
		{"blockquote cite url", `<blockquote cite="https://example.com/pidato"><p>Kutipan</p></blockquote>`, `<blockquote cite="https://example.com/pidato"><p>Kutipan</p></blockquote>`},
		{"lists", `<ol start="3" type="a"><li>tiga</li><li>empat</li></ol><ul><li>x</li></ul>`, "<ol start=\"3\"><li>tiga</li><li>empat</li></ol>\n<ul><li>x</li></ul>"},
		{"bad ol start", `<ol start="x"><li>a</li></ol>`, `<ol><li>a</li></ol>`},
		{"pre keeps spaces", "<pre>  a\n    b&nbsp;&nbsp;c</pre>", "<pre>  a\n    b\u00a0\u00a0c</pre>"},
		{"pre leading newline", "<pre>\n\nx</pre>", "<pre>\n\nx</pre>"},
		{"internal links no rel", `<p><a href="/nasional/berita" rel="nofollow" title="Baca">x</a> <a href="mailto:redaksi@warta.example">surel</a></p>`,
			`<p><a href="/nasional/berita" title="Baca">x</a> <a href="mailto:redaksi@warta.example">surel</a></p>`},
		{"protocol-relative link is external", `<p><a href="//example.com/x">x</a></p>`, `<p><a href="//example.com/x" rel="noopener">x</a></p>`},
		{"link without href unwrapped", `<p><a name="x">x</a></p>`, `<p>x</p>`},
		{"empty link removed", `<p>a<a href="/x"> </a>b</p>`, `<p>a b</p>`},
		{"figure with image", `<figure><img src="https://cdn.example/a.jpg" alt="Banjir" width="800" height="600" loading="lazy" srcset="https://cdn.example/a-480.jpg 480w, /a-800.jpg 800w" sizes="(max-width: 600px) 480px, 800px" style="x" data-id="1"><figcaption>Banjir di Bekasi. <em>(Warta/Rina)</em></figcaption></figure>`,
			`<figure><img src="https://cdn.example/a.jpg" alt="Banjir" width="800" height="600" loading="lazy" srcset="https://cdn.example/a-480.jpg 480w, /a-800.jpg 800w" sizes="(max-width: 600px) 480px, 800px"/><figcaption>Banjir di Bekasi. <em>(Warta/Rina)</em></figcaption></figure>`},
		{"bad image attributes", `<img src="/a.jpg" width="100px" loading="soon">`, `<img src="/a.jpg"/>`},
		{"table", `<table class="x"><caption>Hasil</caption><thead><tr><th scope="col" colspan="2" align="left">Calon</th></tr></thead><tbody><tr><td rowspan="2" bgcolor="red">A</td><td>51%</td></tr></tbody><tfoot><tr><td colspan="x">Sumber: KPU</td></tr></tfoot></table>`,
			`<table><caption>Hasil</caption><thead><tr><th scope="col" colspan="2">Calon</th></tr></thead><tbody><tr><td rowspan="2">A</td><td>51%</td></tr></tbody><tfoot><tr><td>Sumber: KPU</td></tr></tfoot></table>`},
		{"youtube nocookie embed", `<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10" title="Video" frameborder="0" allow="autoplay" allowfullscreen loading="lazy"></iframe>`,
			`<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10" title="Video" allowfullscreen="" loading="lazy"></iframe>`},
		{"vimeo embed", `<iframe src="https://player.vimeo.com/video/76979871" width="100%"></iframe>`, `<iframe src="https://player.vimeo.com/video/76979871" width="100%"></iframe>`},
		{"span and div classes", `<div class="kotak-info"><p>Info <span class="highlight">penting</span></p></div>`, `<div class="kotak-info"><p>Info <span class="highlight">penting</span></p></div>`},
		{"bad classes dropped", `<div class="Kotak"><span class="a:b" style="color:red">x</span></div>`, `<p>x</p>`},
		{"plain div becomes paragraph", `<div>satu</div><div>dua<br>tiga</div>`, "<p>satu</p>\n<p>dua<br/>tiga</p>"},
		{"plain div of blocks unwrapped", `<div><p>a</p>b<p>c</p></div>`, "<p>a</p>\n<p>b</p>\n<p>c</p>"},
		{"empty paragraphs removed", "<p></p><p> </p><p>&nbsp;</p><p><br></p><p><span></span></p><p><strong> </strong></p><p>isi</p>", "<p>isi</p>"},
		{"empty headings lists tables removed", "<h2> </h2><ul><li></li></ul><table><tr><td></td></tr></table><blockquote><p></p></blockquote><p>x</p>", "<p>x</p>"},
		{"empty inline removed", "<p>a<strong></strong>b<em> </em>c</p>", "<p>ab c</p>"},
		{"stray breaks removed", "<br><p><br>a<br>b<br><br></p><br><br><p>c</p><br>", "<p>a<br/>b</p>\n<p>c</p>"},
		{"nbsp runs collapsed", "<p>Satu.&nbsp; Dua.&nbsp;&nbsp;&nbsp;Tiga <b>x&nbsp;</b>&nbsp;y</p>", "<p>Satu. Dua. Tiga <b>x\u00a0</b>\u00a0y</p>"},
		{"single nbsp kept", "<p>Rp&nbsp;10.000</p>", "<p>Rp\u00a010.000</p>"},
		{"entities normalised", "<p>AT&amp;T &copy; 2024 &quot;kutip&quot; 'satu'</p>", "<p>AT&amp;T © 2024 &#34;kutip&#34; &#39;satu&#39;</p>"},
		{"unknown elements keep text", `<p><font color="red">merah</font> <blink>kedip</blink></p>`, `<p>merah kedip</p>`},
		{"word markup", `<p class="MsoNormal">Teks<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>`, `<p>Teks</p>`},
		{"unclosed markup balanced", `<p><strong>tebal<p>lagi`, "<p><strong>tebal</strong></p>\n<p><strong>lagi</strong></p>"},
		{"html document", `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><p>x</p></body></html>`, `<p>x</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := body.Sanitize(tc.in)
			if got != tc.want {
				t.Errorf("Sanitize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if again := body.Sanitize(got); again != got {
				t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
			}
		})
	}
}

func TestSanitizeDeepNesting(t *testing.T) {
	in := strings.Repeat("<div><em>", 600) + "Teks <b>dalam</b>" + strings.Repeat("</em></div>", 600) + "<p>Berikutnya</p>"
	want := "<p>Teks dalam</p>\n<p>Berikutnya</p>"
	got := body.Sanitize(in)
	if got != want {
		t.Errorf("Sanitize(600 levels deep) = %q, want %q", got, want)
	}
	if again := body.Sanitize(got); again != got {
		t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
	}
	checkSafe(t, body.Sanitize(strings.Repeat("<i>", 600)+"<script>alert(1)</script>&lt;script&gt;"))
}

// googleDocs is what Google Docs puts on the clipboard as text/html, cut
// down: a <b> wrapper with a docs-internal-guid id, styled spans for every
// run, empty paragraphs between paragraphs, no-break space runs, a heading
// and a list.
const googleDocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f1c2a7e-7fff-1b2c-9d4e-0a1b2c3d4e5f">` +
	`<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">JAKARTA, Warta</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> — Pemerintah menaikkan harga BBM bersubsidi mulai&nbsp;&nbsp;Senin.</span></p>` +
	`<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"></span></p>` +
	`<br>` +
	`<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Kenaikan</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> ini &nbsp; berlaku <a href="https://www.esdm.go.id/" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">nasional</span></a>.</span></p>` +
	`<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;">&nbsp;</span></p>` +
	`<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Daftar harga</span></h1>` +
	`<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Pertalite: Rp10.000</span></p></li>` +
	`<li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:700;font-style:italic;">Solar</span><span style="font-size:11pt;">: Rp6.800</span></p></li></ul>` +
	`</b><br class="Apple-interchange-newline">`

func TestSanitizeGoogleDocs(t *testing.T) {
	want := "<p><strong>JAKARTA, Warta</strong> — Pemerintah menaikkan harga BBM bersubsidi mulai Senin.</p>\n" +
		"<p><em>Kenaikan</em> ini berlaku <a href=\"https://www.esdm.go.id/\" rel=\"noopener\">nasional</a>.</p>\n" +
		"<h2>Daftar harga</h2>\n" +
		"<ul><li><p>Pertalite: Rp10.000</p></li><li><p><em><strong>Solar</strong></em>: Rp6.800</p></li></ul>"
	got := body.Sanitize(googleDocs)
	if got != want {
		t.Errorf("Sanitize(Google Docs paste)\n got %q\nwant %q", got, want)
	}
	if again := body.Sanitize(got); again != got {
		t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
	}
}

// checkSafe fails t if s holds a script element, an event handler, a
// style attribute, a script URL in any attribute, or an element outside
// the allowlist.
func checkSafe(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(strings.ToLower(s), "<script") {
		t.Errorf("output has <script: %q", s)
	}
	allowed := map[string]bool{}
	for _, e := range strings.Fields("p br hr h2 h3 h4 strong b em i u s sub sup small mark code pre blockquote q cite ul ol li a figure figcaption img table thead tbody tfoot tr th td caption abbr time span div iframe") {
		allowed[e] = true
	}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if !allowed[tok.Data] {
			t.Errorf("output has element <%s>: %q", tok.Data, s)
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "srcdoc" {
				t.Errorf("output has attribute %s: %q", a.Key, s)
			}
			v := strings.Map(func(r rune) rune {
				if r <= ' ' || r == 0x7f {
					return -1
				}
				return r
			}, strings.ToLower(a.Val))
			for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
				if strings.Contains(v, scheme) {
					t.Errorf("output has %s in %s: %q", scheme, a.Key, s)
				}
			}
		}
		if tok.Data == "iframe" {
			src := ""
			for _, a := range tok.Attr {
				if a.Key == "src" {
					src = a.Val
				}
			}
			if !strings.HasPrefix(src, "https://www.youtube-nocookie.com/embed/") &&
				!strings.HasPrefix(src, "https://www.youtube.com/embed/") &&
				!strings.HasPrefix(src, "https://player.vimeo.com/video/") {
				t.Errorf("output has iframe from %q: %q", src, s)
			}
		}
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add(googleDocs)
	f.Add(longBody(100))
	f.Add(`<a href="jav&#x09;ascript:alert(1)">x</a><img src=x onerror=alert(1)>`)
	f.Add(`<iframe src="https://www.youtube.com/embed/x"><script>alert(1)</script></iframe>`)
	f.Add(`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`)
	f.Add(`<div>a<p>b</div>c<table><td>d<div>e`)
	f.Add("<p>a&nbsp; <b>&nbsp;b</b></p><pre>\n x</pre>")
	f.Fuzz(func(t *testing.T, s string) {
		once := body.Sanitize(s)
		checkSafe(t, once)
		if twice := body.Sanitize(once); twice != once {
			t.Errorf("Sanitize not idempotent for %q:\n once %q\ntwice %q", s, once, twice)
		}
	})
}

func BenchmarkSanitize(b *testing.B) {
	s := longBody(1500)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		body.Sanitize(s)
	}
}

func BenchmarkSanitizeGoogleDocs(b *testing.B) {
	b.SetBytes(int64(len(googleDocs)))
	b.ReportAllocs()
	for b.Loop() {
		body.Sanitize(googleDocs)
	}
}
