package body_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"warta/internal/body"
)

const baca = `<aside class="baca-juga">Baca Juga</aside>`

func TestInsertAfterParagraph(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"after first", "<p>a</p>\n<p>b</p>", 1, "<p>a</p>" + baca + "\n<p>b</p>"},
		{"after second", "<p>a</p>\n<p>b</p>\n<p>c</p>", 2, "<p>a</p>\n<p>b</p>" + baca + "\n<p>c</p>"},
		{"fewer than n goes after last", "<p>a</p>\n<p>b</p>\n<ul><li>x</li></ul>", 5, "<p>a</p>\n<p>b</p>" + baca + "\n<ul><li>x</li></ul>"},
		{"no paragraphs goes at end", "<h2>a</h2><ul><li>b</li></ul>", 1, "<h2>a</h2><ul><li>b</li></ul>" + baca},
		{"empty body", "", 2, baca},
		{"zero goes at start", "<p>a</p>", 0, baca + "<p>a</p>"},
		{"nested blockquote paragraphs skipped", "<p>a</p><blockquote><p>q1</p><p>q2</p></blockquote><p>b</p>", 2,
			"<p>a</p><blockquote><p>q1</p><p>q2</p></blockquote><p>b</p>" + baca},
		{"figure and list paragraphs skipped", "<figure><p>x</p></figure><ul><li><p>y</p></li></ul><p>a</p><p>b</p>", 1,
			"<figure><p>x</p></figure><ul><li><p>y</p></li></ul><p>a</p>" + baca + "<p>b</p>"},
		{"div class paragraphs skipped", `<div class="kotak"><p>x</p></div><p>a</p>`, 1, `<div class="kotak"><p>x</p></div><p>a</p>` + baca},
		{"inline markup and attributes", `<p class="x">a <a href="/p>">l</a><br/>b</p><p>c</p>`, 1, `<p class="x">a <a href="/p>">l</a><br/>b</p>` + baca + `<p>c</p>`},
		{"uppercase tags", "<P>a</P><P>b</P>", 1, "<P>a</P>" + baca + "<P>b</P>"},
		{"comment with paragraph", "<!-- <p>x</p> --><p>a</p><p>b</p>", 1, "<!-- <p>x</p> --><p>a</p>" + baca + "<p>b</p>"},
		{"unclosed paragraphs", "<p>a<p>b<p>c", 2, "<p>a<p>b" + baca + "<p>c"},
		{"unclosed last paragraph", "<p>a</p><p>b", 2, "<p>a</p><p>b" + baca},
		{"block closes paragraph", "<p>a<h2>t</h2><p>b</p>", 1, "<p>a" + baca + "<h2>t</h2><p>b</p>"},
		{"iframe text is raw", `<iframe src="x"><p>no</p></iframe><p>a</p>`, 1, `<iframe src="x"><p>no</p></iframe><p>a</p>` + baca},
		{"stray end tags", "</div><p>a</p></p><p>b</p>", 1, "</div><p>a</p>" + baca + "</p><p>b</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.InsertAfterParagraph(tc.in, tc.n, baca); got != tc.want {
				t.Errorf("InsertAfterParagraph(%q, %d)\n got %q\nwant %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

func TestParagraphCount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"two", "<p>a</p>\n<p>b</p>", 2},
		{"nested not counted", "<blockquote><p>q</p></blockquote><figure><figcaption><p>c</p></figcaption></figure><p>a</p>", 1},
		{"headings and lists not counted", "<h2>t</h2><ul><li>x</li></ul>", 0},
		{"unclosed", "<p>a<p>b<p>c", 3},
		{"long body", longBody(1500), strings.Count(longBody(1500), "<p>") - strings.Count(longBody(1500), "<blockquote><p>")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.ParagraphCount(tc.in); got != tc.want {
				t.Errorf("ParagraphCount(%.80q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

// TestInsertAfterSanitized checks insertion on what the store holds:
// Sanitize output, where every top-level paragraph sits on its own line.
func TestInsertAfterSanitized(t *testing.T) {
	s := body.Sanitize(googleDocs)
	got := body.InsertAfterParagraph(s, 1, baca)
	want := strings.Replace(s, "Senin.</p>\n", "Senin.</p>"+baca+"\n", 1)
	if got != want {
		t.Errorf("InsertAfterParagraph(Sanitize(googleDocs), 1)\n got %q\nwant %q", got, want)
	}
	if n := body.ParagraphCount(s); n != 2 {
		t.Errorf("ParagraphCount(Sanitize(googleDocs)) = %d, want 2", n)
	}
}

// topLevel parses s as a body and returns its top-level nodes.
func topLevel(t *testing.T, s string) []*html.Node {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	return nodes
}

// FuzzInsertAfterParagraph checks the byte scan against the HTML parser
// on sanitised bodies, which is what the store holds.
func FuzzInsertAfterParagraph(f *testing.F) {
	f.Add(googleDocs, 1)
	f.Add("<p>a</p><blockquote><p>b</p></blockquote><p>c<b>d</b></p>", 2)
	f.Add("<div>a<p>b</div>c<table><td>d<div>e", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		s = body.Sanitize(s)
		var paras []int // indexes of top-level paragraphs
		nodes := topLevel(t, s)
		for i, node := range nodes {
			if node.Type == html.ElementNode && node.DataAtom == atom.P {
				paras = append(paras, i)
			}
		}
		if got := body.ParagraphCount(s); got != len(paras) {
			t.Fatalf("ParagraphCount(%q) = %d, parser finds %d", s, got, len(paras))
		}
		n = 1 + (n&0xff)%(len(paras)+2)
		const mark = `<hr class="penanda"/>`
		got := body.InsertAfterParagraph(s, n, mark)
		if strings.Replace(got, mark, "", 1) != s {
			t.Fatalf("InsertAfterParagraph(%q, %d) = %q changed the body", s, n, got)
		}
		after := topLevel(t, got)
		want := len(nodes) // at the end when there are no paragraphs
		if len(paras) > 0 {
			want = paras[min(n, len(paras))-1] + 1
		}
		if want >= len(after) || after[want].DataAtom != atom.Hr {
			t.Fatalf("InsertAfterParagraph(%q, %d) = %q, marker not top-level node %d", s, n, got, want)
		}
	})
}

func BenchmarkInsertAfterParagraph(b *testing.B) {
	s := longBody(1500)
	for _, n := range []int{3, 1000} {
		name := "third"
		if n > 3 {
			name = "past_end"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				body.InsertAfterParagraph(s, n, baca)
			}
		})
	}
}

func BenchmarkParagraphCount(b *testing.B) {
	s := longBody(1500)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		body.ParagraphCount(s)
	}
}

func TestReadAlsoSlot(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 1},
		{"two paragraphs", "<p>a</p><p>b</p>", 1},
		{"middle of plain story", "<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p>", 3},
		{"not before a list", "<p>1</p><p>2</p><p>Langkahnya:</p><ul><li>x</li></ul><p>4</p><p>5</p><p>6</p>", 4},
		{"not before a heading", "<p>1</p><p>2</p><p>3</p><h2>H</h2><p>4</p><p>5</p>", 4},
		{"colon before a paragraph", "<p>1</p><p>2</p><p>Ia berkata:</p><p>4</p><p>5</p><p>6</p>", 4},
		{"no good place", "<p>1</p><ul><li>x</li></ul><p>2</p><h2>H</h2><p>3</p><blockquote><p>q</p></blockquote>", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.ReadAlsoSlot(tc.in); got != tc.want {
				t.Errorf("ReadAlsoSlot = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestEditorBlocksSurviveSanitize(t *testing.T) {
	cases := []struct{ in, want string }{
		{`<p>a</p><aside class="baca-juga" data-article-id="12"><a href="/x/2026/01/01/y">Judul</a></aside><p>b</p>`,
			"<p>a</p>\n<aside class=\"baca-juga\" data-article-id=\"12\"><a href=\"/x/2026/01/01/y\">Judul</a></aside>\n<p>b</p>"},
		{`<aside class="iklan" data-article-id="12" onclick="x()">teks</aside>`, "<p>teks</p>"},
		{`<aside class="baca-juga" data-article-id="javascript:1">teks</aside>`, "<p>teks</p>"},
		{`<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=abc"><a href="https://www.youtube.com/watch?v=abc">video</a></figure>`,
			`<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=abc"><a href="https://www.youtube.com/watch?v=abc" rel="noopener">video</a></figure>`},
		{`<figure class="embed" data-embed-url="javascript:alert(1)"><a href="https://x.com/a">x</a></figure>`,
			`<figure class="embed"><a href="https://x.com/a" rel="noopener">x</a></figure>`},
	}
	for _, tc := range cases {
		if got := body.Sanitize(tc.in); got != tc.want {
			t.Errorf("Sanitize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestExpandReadAlso(t *testing.T) {
	in := `<p>a</p><aside class="baca-juga" data-article-id="7"><a href="/lama">Judul lama</a></aside><p>b</p>` +
		`<aside class="baca-juga" data-article-id="8"><a href="/x">Ditarik</a></aside>`
	if !body.HasReadAlso(in) || body.HasReadAlso("<p>a</p>") {
		t.Fatal("HasReadAlso")
	}
	got := body.ExpandReadAlso(in, func(id int64) string {
		if id == 7 {
			return `<aside class="baca-juga">Baca Juga: <a href="/baru">Judul baru</a></aside>`
		}
		return ""
	})
	want := `<p>a</p><aside class="baca-juga">Baca Juga: <a href="/baru">Judul baru</a></aside><p>b</p>`
	if got != want {
		t.Fatalf("got %q", got)
	}
}

func TestEmbeds(t *testing.T) {
	in := body.Sanitize(`<p>a</p><figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=30"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=30">v</a></figure>`)
	var seen string
	out := body.ExpandEmbeds(in, func(u string) string { seen = u; return "[embed]" })
	if seen != "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30" || !strings.Contains(out, "[embed]") || strings.Contains(out, "figure") {
		t.Fatalf("ExpandEmbeds: seen %q, out %q", seen, out)
	}
	cases := map[string]string{"https://www.youtube.com/watch?v=dQw4w9WgXcQ": "youtube", "https://youtu.be/dQw4w9WgXcQ": "youtube",
		"https://x.com/a/status/1": "x", "https://www.instagram.com/p/abc/": "instagram", "http://x.com/a": "", "https://evil.example/x": ""}
	for u, want := range cases {
		if got := body.EmbedKind(u); got != want {
			t.Errorf("EmbedKind(%s) = %q, want %q", u, got, want)
		}
	}
	if id, ok := body.YouTubeID("https://youtu.be/dQw4w9WgXcQ"); !ok || id != "dQw4w9WgXcQ" {
		t.Errorf("YouTubeID = %q %v", id, ok)
	}
	if _, ok := body.YouTubeID(`https://www.youtube.com/watch?v="><script>`); ok {
		t.Error("a hostile video ID accepted")
	}
}

func TestLibraryImages(t *testing.T) {
	in := body.Sanitize(`<p>a</p><figure class="image" data-media-id="12"><img src="/media/m/x/960.jpg" alt="Perahu" width="960" height="540"><figcaption>Perahu <span class="credit">Kabar/Rina</span></figcaption></figure>` +
		`<figure class="image" data-media-id="12"><img src="/media/m/x/960.jpg" alt=""></figure><figure class="image" data-media-id="x1"><img src="/a.jpg" alt=""></figure>`)
	if !strings.Contains(in, `<figure class="image" data-media-id="12"><img src="/media/m/x/960.jpg" alt="Perahu" width="960" height="540"/><figcaption>Perahu <span class="credit">Kabar/Rina</span></figcaption></figure>`) {
		t.Fatalf("sanitised: %s", in)
	}
	if ids := body.MediaIDs(in); len(ids) != 1 || ids[0] != 12 {
		t.Fatalf("MediaIDs = %v", ids)
	}
	out := body.ExpandImages(in, func(id int64) (string, bool) { return "[foto]", id == 12 })
	if strings.Count(out, "[foto]") != 2 || !strings.Contains(out, `/a.jpg`) {
		t.Fatalf("ExpandImages = %s", out)
	}
}
