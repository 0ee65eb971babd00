package search_test

import (
	"strings"
	"testing"

	"warta/internal/search"
)

var fuzzSeeds = []string{
	"", "Korut meluncurkan rudal ke AS", "pengiriman anak-anak berlari-lari",
	"Rp10.000,50 pada 28/10/2024 pukul 10.15", `"a" AND b* OR -c NEAR(d e)`,
	"Café Nguyễn ＡＢＣ ﬁ ß 😀", "kom\u00adpu\u200bter Jum'at", strings.Repeat("me", 50),
	"1.2.3.4,5,6/7/8.", "---''..,,//", "\xff\xfe", "Badan Pengawas Pemilu",
	"Timnas U-19 dan U19, COVID-19, G20, HUT ke-74, RI-1", "menikah sekolahnya perawatan pengacara",
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, term := range search.Analyze(text) {
			if !validTerm(term) {
				t.Fatalf("Analyze(%q) gave %q", text, term)
			}
		}
		for _, w := range search.Exact(text) {
			if !validTerm(w) {
				t.Fatalf("Exact(%q) gave %q", text, w)
			}
			if c := search.Candidates(w); len(c) == 0 || c[0] != search.Stem(w) {
				t.Fatalf("Candidates(%q) = %q", w, c)
			}
		}
	})
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		checkQuery(t, search.ParseQuery(q))
	})
}

// FuzzStem checks that stemming never lengthens or empties a word: the
// consonants a prefix rule puts back are shorter than the prefix.
func FuzzStem(f *testing.F) {
	for _, s := range []string{"menyapu", "memperbaiki", "pelajaran", "beñer", "meny", "kahlah"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		for _, c := range search.Candidates(word) {
			if len(c) > len(word) || (word != "" && c == "") {
				t.Fatalf("Candidates(%q) gave %q", word, c)
			}
		}
	})
}
