package slug_test

import (
	"strings"
	"testing"

	"warta"
	"warta/internal/slug"
)

func TestMake(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"only punctuation", " -- !? … ", ""},
		{"simple title", "Presiden Resmikan Jalan Tol Baru", "presiden-resmikan-jalan-tol-baru"},
		{"apostrophe inside word", "Salat Jum'at di Istiqlal", "salat-jumat-di-istiqlal"},
		{"curly apostrophe", "Jum’at Berkah", "jumat-berkah"},
		{"english apostrophes", "Don't Stop: Indonesia's Rise", "dont-stop-indonesias-rise"},
		{"quotes around words", `Jokowi: "Kita Siap" – ‘Benar’`, "jokowi-kita-siap-benar"},
		{"ampersand", "Hukum & Kriminal", "hukum-dan-kriminal"},
		{"ampersand without spaces", "AT&T", "at-dan-t"},
		{"percent", "Inflasi Naik 3% Tahun Ini", "inflasi-naik-3-persen-tahun-ini"},
		{"thousands dots", "Harga Beras Rp10.000 per Kilogram", "harga-beras-rp10000-per-kilogram"},
		{"decimal comma", "Ekonomi Tumbuh 5,05 Persen", "ekonomi-tumbuh-505-persen"},
		{"millions", "1.234.567 Pemilih", "1234567-pemilih"},
		{"dot after number ends sentence", "Nomor 1. Dua", "nomor-1-dua"},
		{"comma between number and word", "Pasal 5, Ayat 2", "pasal-5-ayat-2"},
		{"dot before number", "Versi .5", "versi-5"},
		{"diacritics", "Café Crème à la Français", "cafe-creme-a-la-francais"},
		{"spanish and german", "Niño Straße Ærø Œuvre", "nino-strasse-aero-oeuvre"},
		{"central european", "Łódź Żubr Čeština Şişli Ğ İstanbul", "lodz-zubr-cestina-sisli-g-istanbul"},
		{"vietnamese", "Việt Nam Hồ Chí Minh", "viet-nam-ho-chi-minh"},
		{"combining accents", "Cafe\u0301 Jose\u0301", "cafe-jose"},
		{"other scripts separate", "Tokyo東京Osaka", "tokyo-osaka"},
		{"only other scripts", "東京", ""},
		{"emoji", "Banjir 🌊 Jakarta", "banjir-jakarta"},
		{"collapse and trim hyphens", "  --Satu -- Dua--  ", "satu-dua"},
		{"underscores and slashes", "a_b/c\\d", "a-b-c-d"},
		{"upper case", "PEMILU 2024", "pemilu-2024"},
		{"tabs and newlines", "Satu\tDua\nTiga", "satu-dua-tiga"},
		{"invalid utf-8", "abc\xffdef", "abc-def"},
		{"cut at hyphen", strings.Repeat("kata ", 20), strings.TrimSuffix(strings.Repeat("kata-", 16), "-")},
		{"cut exactly at boundary", strings.Repeat("a", 80) + " b", strings.Repeat("a", 80)},
		{"cut inside long first word", strings.Repeat("x", 100), strings.Repeat("x", 80)},
		{"cut after long first word", strings.Repeat("x", 79) + " yy", strings.Repeat("x", 79)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := slug.Make(tc.in)
			if got != tc.want {
				t.Errorf("Make(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got != "" && !warta.ValidSlug(got) {
				t.Errorf("Make(%q) = %q, not a valid slug", tc.in, got)
			}
			if len(got) > slug.MaxLen {
				t.Errorf("Make(%q) has %d bytes, more than %d", tc.in, len(got), slug.MaxLen)
			}
		})
	}
}

func FuzzMake(f *testing.F) {
	for _, s := range []string{"Salat Jum'at", "Rp10.000 & 5%", "Café Straße", strings.Repeat("ab ", 40), "1,2.3", "東京 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := slug.Make(s)
		if got != "" && !warta.ValidSlug(got) {
			t.Fatalf("Make(%q) = %q, not a valid slug", s, got)
		}
		if len(got) > slug.MaxLen {
			t.Fatalf("Make(%q) = %q, longer than %d bytes", s, got, slug.MaxLen)
		}
		if again := slug.Make(got); again != got {
			t.Fatalf("Make not idempotent: Make(%q) = %q, Make(%q) = %q", s, got, got, again)
		}
	})
}

func TestUnique(t *testing.T) {
	takenSet := func(slugs ...string) func(string) bool {
		set := make(map[string]bool)
		for _, s := range slugs {
			set[s] = true
		}
		return func(s string) bool { return set[s] }
	}
	long := strings.Repeat("kata-", 30)
	tests := []struct {
		name  string
		base  string
		taken func(string) bool
		want  string
	}{
		{"free", "banjir-jakarta", takenSet(), "banjir-jakarta"},
		{"taken once", "banjir-jakarta", takenSet("banjir-jakarta"), "banjir-jakarta-2"},
		{"taken thrice", "banjir", takenSet("banjir", "banjir-2", "banjir-3"), "banjir-4"},
		{"gap is used", "banjir", takenSet("banjir", "banjir-3"), "banjir-2"},
		{"long base is cut", long, takenSet(), slug.Make(long)},
		{"long base with suffix", long, takenSet(slug.Make(long)), slug.Make(long) + "-2"},
		{"empty base", "", takenSet(), ""},
		{"everything taken", "x", func(string) bool { return true }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := slug.Unique(tc.base, tc.taken)
			if got != tc.want {
				t.Errorf("Unique(%q) = %q, want %q", tc.base, got, tc.want)
			}
			if got != "" && !warta.ValidSlug(got) {
				t.Errorf("Unique(%q) = %q, not a valid slug", tc.base, got)
			}
		})
	}
}

func BenchmarkMake(b *testing.B) {
	title := "Harga Beras Naik 3% Jelang Jum'at Agung, Pemerintah Siapkan Rp10.000 Miliar & Operasi Pasar di Café-Café"
	b.ReportAllocs()
	for b.Loop() {
		slug.Make(title)
	}
}
