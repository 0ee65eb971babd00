package public

import (
	"image"
	_ "image/png"
	"strings"
	"testing"
	"unicode/utf8"

	"warta"
)

func TestHeadline(t *testing.T) {
	exact := strings.Repeat("kata ", 21) + "akhir" // 110 characters
	tests := []struct {
		name, title, want string
	}{
		{"short", "Banjir Rendam Tiga Kecamatan", "Banjir Rendam Tiga Kecamatan"},
		{"exactly 110", exact, exact},
		{"cut at a word", exact + " lagi", strings.Repeat("kata ", 20) + "kata…"},
		{"cut before dangling punctuation", strings.Repeat("a", 100) + ", bbbbbbbbbbbbbbbbbbbb", strings.Repeat("a", 100) + "…"},
		{"one long word", strings.Repeat("x", 200), strings.Repeat("x", 109) + "…"},
		{"multibyte", strings.Repeat("Ĳ", 50) + " " + strings.Repeat("é", 70), strings.Repeat("Ĳ", 50) + "…"},
		{"space on the boundary", strings.Repeat("y", 109) + " z", strings.Repeat("y", 109) + "…"},
		{"trimmed", "  Judul  ", "Judul"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := headline(tc.title)
			if got != tc.want {
				t.Errorf("headline(%q) =\n%q, want\n%q", tc.title, got, tc.want)
			}
			if n := utf8.RuneCountInString(got); n > maxHeadline {
				t.Errorf("%d characters", n)
			}
		})
	}
}

// TestDefaultLogoSize keeps the size the pages announce equal to the file.
func TestDefaultLogoSize(t *testing.T) {
	f, err := staticFS.Open("static/" + defaultLogo)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, format, err := image.DecodeConfig(f)
	if err != nil {
		t.Fatal(err)
	}
	if format != "png" || cfg.Width != defaultLogoSize || cfg.Height != defaultLogoSize {
		t.Errorf("%s is a %s of %d×%d, the pages say PNG of %d×%[5]d", defaultLogo, format, cfg.Width, cfg.Height, defaultLogoSize)
	}
}

func TestXAccount(t *testing.T) {
	for url, want := range map[string]string{
		"https://x.com/kabar_uji":                 "@kabar_uji",
		"https://www.twitter.com/KabarUji/":       "@KabarUji",
		"https://mobile.twitter.com/kabar":        "@kabar",
		"https://x.com/kabar/status/1":            "",
		"https://x.com/search?q=kabar":            "",
		"https://x.com/nama_yang_terlalu_panjang": "",
		"https://facebook.com/kabar":              "",
		"https://x.com.evil.example/kabar":        "",
		"://bukan-url":                            "",
	} {
		if got := xAccount([]warta.SocialLink{{Network: "x", URL: url}}); got != want {
			t.Errorf("xAccount(%s) = %q, want %q", url, got, want)
		}
	}
}
