package body_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"warta/internal/body"
)

// longBody returns an article body of about words words: paragraphs of
// twice the vocabulary (so inline markup never spans paragraphs), with the
// links, blockquotes and figures a real story carries.
func longBody(words int) string {
	vocab := []string{"Pemerintah", "provinsi", "<strong>Jawa", "Barat</strong>",
		"menyiapkan", "anggaran", "Rp10.000", "miliar", "untuk", "perbaikan", "jalan",
		"yang", "rusak", "akibat", "banjir", "pekan", "lalu,", "kata",
		`<a href="https://warta.example/penulis/rina">Kepala`, "Dinas</a>", "kepada",
		"wartawan", "di", "<em>Bandung</em>,", "Senin", "(28/10/2024)."}
	var b strings.Builder
	n := 0
	for p := 0; n < words; p++ {
		switch p % 7 {
		case 3:
			b.WriteString("<blockquote><p>Kami bekerja siang dan malam.</p></blockquote>\n")
			n += 5
		case 5:
			b.WriteString(`<figure><img src="/media/2024/10/jalan.jpg" alt="Jalan rusak"/><figcaption>Jalan rusak di Bandung.</figcaption></figure>` + "\n")
			n += 4
		}
		b.WriteString("<p>")
		for i := 0; i < 2*len(vocab) && n < words; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[i%len(vocab)])
			n++
		}
		b.WriteString("</p>\n")
	}
	return b.String()
}

func TestPlainText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"text only", "  Halo   dunia  ", "Halo dunia"},
		{"paragraphs on lines", "<p>Satu.</p><p>Dua.</p>", "Satu.\nDua."},
		{"inline joins words", "<p>ka<b>ta</b> <em>lain</em></p>", "kata lain"},
		{"entities decoded", "<p>Rp&nbsp;10.000 &amp; &lt;b&gt; &#8212; caf&eacute;</p>", "Rp 10.000 & <b> — café"},
		{"nbsp runs collapse", "<p>a&nbsp;&nbsp;&nbsp;b</p>", "a b"},
		{"br breaks line", "<p>baris satu<br>baris dua</p>", "baris satu\nbaris dua"},
		{"headings and lists", "<h2>Judul</h2><ul><li>satu</li><li>dua</li></ul>", "Judul\nsatu\ndua"},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"script and style hidden", "<p>a</p><script>var x = 1;</script><style>p{}</style><p>b</p>", "a\nb"},
		{"iframe content hidden", `<p>a</p><iframe src="https://www.youtube.com/embed/x">fallback</iframe>`, "a"},
		{"self-closing script hidden", "<p>a<script/>alert(1)</script>b</p>", "ab"},
		{"comments dropped", "<p>a<!-- catatan redaksi -->b</p>", "ab"},
		{"figure caption kept", `<figure><img src="/a.jpg" alt="x"><figcaption>Foto: Rina</figcaption></figure>`, "Foto: Rina"},
		{"unclosed markup", "<p>satu<p>dua", "satu\ndua"},
		{"crlf collapsed", "<p>a\r\n\r\nb</p>", "a b"},
		{"invalid utf-8 replaced", "\xd7<a>\x9a</a>", "\ufffd\ufffd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.PlainText(tc.in); got != tc.want {
				t.Errorf("PlainText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"markup only", "<p></p><p><br></p><hr>", 0},
		{"simple", "<p>Presiden meresmikan jalan tol baru.</p>", 5},
		{"punctuation alone is not a word", "<p>Satu – dua — tiga • empat</p>", 4},
		{"numbers count", "<p>Rp 10.000 untuk 3 orang</p>", 5},
		{"inline markup joins", "<p>ke<b>pa</b>la desa</p>", 2},
		{"blocks separate", "<p>akhir</p><p>awal</p>", 2},
		{"cells separate", "<table><tr><td>a</td><td>b</td></tr></table>", 2},
		{"nbsp separates", "<p>kata&nbsp;kata</p>", 2},
		{"hidden text not counted", "<p>satu</p><script>dua tiga</script>", 1},
		{"non-latin letters", "<p>東京 Ελλάδα مرحبا</p>", 3},
		{"reduplication is one word", "<p>anak-anak bermain</p>", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.WordCount(tc.in); got != tc.want {
				t.Errorf("WordCount(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
	t.Run("long body", func(t *testing.T) {
		if got := body.WordCount(longBody(1500)); got < 1500 || got > 1520 {
			t.Errorf("WordCount(longBody(1500)) = %d, want about 1500", got)
		}
	})
}

// fieldsWordCount is the definition WordCount must agree with.
func fieldsWordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(body.PlainText(s)) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

func FuzzWordCount(f *testing.F) {
	f.Add("<p>Satu dua</p><p>tiga</p>")
	f.Add("ka<b>ta</b>\u00a0x<br>y")
	f.Add(longBody(200))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := body.WordCount(s), fieldsWordCount(s); got != want {
			t.Errorf("WordCount(%q) = %d, PlainText fields = %d", s, got, want)
		}
	})
}

func TestExcerpt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"short kept", "<p>Pendek saja.</p>", 50, "Pendek saja."},
		{"exact fit kept", "<p>abc def</p>", 7, "abc def"},
		{"cut at word", "<p>Gubernur meresmikan jembatan baru di Bogor.</p>", 25, "Gubernur meresmikan…"},
		{"boundary right after cut", "<p>abc def ghi</p>", 8, "abc def…"},
		{"dangling comma dropped", "<p>Satu, dua, tiga, empat</p>", 12, "Satu, dua…"},
		{"blocks become one line", "<p>Satu.</p><p>Dua tiga empat lima.</p>", 16, "Satu. Dua tiga…"},
		{"long word cut inside", "<p>Supercalifragilistic</p>", 6, "Super…"},
		{"multibyte runes", "<p>Ééé ééé ééé</p>", 9, "Ééé ééé…"},
		{"zero", "<p>apa pun</p>", 0, ""},
		{"one", "<p>apa pun</p>", 1, "…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := body.Excerpt(tc.in, tc.max)
			if got != tc.want {
				t.Errorf("Excerpt(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
			}
			if n := utf8.RuneCountInString(got); n > tc.max && tc.max >= 0 {
				t.Errorf("Excerpt has %d runes, more than %d", n, tc.max)
			}
		})
	}
}

func FuzzExcerpt(f *testing.F) {
	f.Add("<p>Satu, dua.</p><p>Tiga empat lima</p>", 12)
	f.Add("<p>Éé ÉÉ</p>", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 300
		got := body.Excerpt(s, max)
		if max < 1 {
			if got != "" {
				t.Errorf("Excerpt(%q, %d) = %q, want empty", s, max, got)
			}
			return
		}
		line := strings.ReplaceAll(body.PlainText(s), "\n", " ")
		if utf8.RuneCountInString(line) <= max {
			if got != line {
				t.Errorf("Excerpt(%q, %d) = %q, want all of %q", s, max, got, line)
			}
			return
		}
		if utf8.RuneCountInString(got) > max {
			t.Errorf("Excerpt(%q, %d) = %q, too long", s, max, got)
		}
		cut, ok := strings.CutSuffix(got, "…")
		if !ok || !strings.HasPrefix(line, cut) {
			t.Errorf("Excerpt(%q, %d) = %q, not a prefix of %q with an ellipsis", s, max, got, line)
		}
	})
}

func BenchmarkWordCount(b *testing.B) {
	s := longBody(1500)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		body.WordCount(s)
	}
}

func BenchmarkPlainText(b *testing.B) {
	s := longBody(1500)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		body.PlainText(s)
	}
}

func BenchmarkExcerpt(b *testing.B) {
	s := longBody(1500)
	b.ReportAllocs()
	for b.Loop() {
		body.Excerpt(s, 160)
	}
}
