package markdown

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// hostile are bodies under MaxBytes shaped to make the converter rescan
// its input: each took seconds or minutes before Check refused them.
func hostile(size int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, size/len(s)) }
	nested := func() string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			b.WriteString(strings.Repeat("  ", i%400) + "- a\n")
		}
		return b.String()[:size]
	}
	return map[string]string{
		"link openers":        rep("[a]("),
		"image openers":       rep("![a]("),
		"angle destinations":  rep("[a](<"),
		"open titles":         rep("[a](x \""),
		"titles over lines":   rep("[a](x \"\n"),
		"links over lines":    rep("[a](\n"),
		"brackets":            rep("["),
		"brackets over lines": rep("[\n"),
		"quotes":              rep(">"),
		"spaced quotes":       rep("> "),
		"ordered lists":       rep("1. "),
		"quoted lists":        rep("> - "),
		"nested lists":        nested(),
		"angle runs":          rep("<"),
		"emphasis runs":       rep("*a"),
		"odd emphasis runs":   "*" + rep("*a"),
		"mixed emphasis":      rep("*_"),
	}
}

func TestCheckRefusesHostileShapes(t *testing.T) {
	for name, src := range hostile(MaxBytes - 16) {
		err := Check([]byte(src))
		if err == nil {
			t.Errorf("%s (%d bytes): accepted", name, len(src))
			continue
		}
		if code := warta.ErrorCode(err); code != warta.EINVALID {
			t.Errorf("%s: code %q, want invalid", name, code)
		}
	}
}

func TestCheckRefusesTooLarge(t *testing.T) {
	err := Check([]byte(strings.Repeat("a", MaxBytes+1)))
	if warta.ErrorCode(err) != warta.ETOOLARGE {
		t.Fatalf("got %v, want too_large", err)
	}
}

// TestConvertAcceptsArticles checks that the budget leaves room for real
// articles: long prose with links, lists, quotes and code, up to MaxBytes.
func TestConvertAcceptsArticles(t *testing.T) {
	para := "Kata *miring*, **tebal**, `kode` dan [tautan](https://warta.test/a \"judul\") serta <https://warta.test/b>.\n\n" +
		"- satu [a](/a)\n- dua [b](/b)\n  - tiga\n\n> kutipan [c](/c)\n> > balasan\n\n## Judul\n\n```\nkode [x](\n```\n\n"
	src := strings.Repeat(para, (MaxBytes-1)/len(para))
	html, err := Convert([]byte(src))
	if err != nil {
		t.Fatalf("refused a %d-byte article: %v", len(src), err)
	}
	if !strings.Contains(html, `<a href="https://warta.test/a" title="judul">tautan</a>`) || !strings.Contains(html, "<blockquote>") {
		t.Fatalf("unexpected HTML: %.300s", html)
	}
	// A long paragraph with many links is still prose.
	long := strings.Repeat("Lihat [berita ini](https://warta.test/berita-ini) dan ", 400)
	if err := Check([]byte(long)); err != nil {
		t.Fatalf("refused a %d-byte paragraph with 400 links: %v", len(long), err)
	}
}

// TestConvertLinearShapesStayFast converts the shapes Check lets through
// because the converter is linear on them, at the largest size allowed.
// The bound is generous: a behaviour check that none of them rescans, not
// a speed target.
func TestConvertLinearShapesStayFast(t *testing.T) {
	for name, unit := range map[string]string{"stars": strings.Repeat("*a ", 600) + "\n\n", "backticks": "a`` ", "ampersands": "&", "pipes": "|"} {
		src := strings.Repeat(unit, (MaxBytes-1)/len(unit))
		start := time.Now()
		if _, err := Convert([]byte(src)); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(src))
		}
	}
}
