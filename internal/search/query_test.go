package search_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"warta/internal/search"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name, q string
		want    search.Query
	}{
		{"words", "pengiriman barang", search.Query{
			Terms: [][]string{{"irim", "kirim"}, {"barang"}},
			Exact: []string{"pengiriman", "barang"},
		}},
		{"short form to long", "Korut", search.Query{
			Terms: [][]string{{"korut", "korea utara"}},
			Exact: []string{"korut"},
		}},
		{"acronym in any case", "harga bbm", search.Query{
			Terms: [][]string{{"harga"}, {"bbm", "bahan bakar minyak"}},
			Exact: []string{"harga", "bbm"},
		}},
		{"long form to short", "Korea Utara", search.Query{
			Terms: [][]string{{"korea utara", "korut"}},
			Exact: []string{"korea", "utara"},
		}},
		{"inflected long form", "pemilihan umum Jawa Barat", search.Query{
			Terms: [][]string{{"pilih umum", "pemilu"}, {"jawa barat", "jabar"}},
			Exact: []string{"pemilihan", "umum", "jawa", "barat"},
		}},
		{"one-word long form", "tentara", search.Query{
			Terms: [][]string{{"tentara", "tni"}},
			Exact: []string{"tentara"},
		}},
		{"several long forms", "RI", search.Query{
			Terms: [][]string{{"ri", "republik indonesia", "indonesia"}},
			Exact: []string{"ri"},
		}},
		{"stop words dropped from terms", "kasus di Jakarta", search.Query{
			Terms: [][]string{{"kasus"}, {"jakarta", "dki"}},
			Exact: []string{"kasus", "di", "jakarta"},
		}},
		{"code with a hyphen", "Timnas U-19", search.Query{
			Terms: [][]string{{"timnas", "tim nasional"}, {"u19", "u 19"}},
			Exact: []string{"timnas", "u19"},
		}},
		{"code without", "timnas u19", search.Query{
			Terms: [][]string{{"timnas", "tim nasional"}, {"u19", "u 19"}},
			Exact: []string{"timnas", "u19"},
		}},
		{"code apart", "U 19", search.Query{
			Terms: [][]string{{"u"}, {"19"}},
			Exact: []string{"u", "19"},
		}},
		{"money", "Rp10.000", search.Query{
			Terms: [][]string{{"rp10000", "rp 10000"}},
			Exact: []string{"rp10000"},
		}},
		{"per- before a vowel", "perawatan", search.Query{
			Terms: [][]string{{"awat", "rawat"}},
			Exact: []string{"perawatan"},
		}},
		{"exception has one stem", "menikah pengacara", search.Query{
			Terms: [][]string{{"nikah"}, {"pengacara"}},
			Exact: []string{"menikah", "pengacara"},
		}},
		{"new short forms", "kades ojol karhutla laka", search.Query{
			Terms: [][]string{{"kades", "pala desa"}, {"ojol", "ojek online"},
				{"karhutla", "bakar hutan lahan", "bakar hutan"}, {"laka", "celaka"}},
			Exact: []string{"kades", "ojol", "karhutla", "laka"},
		}},
		{"new long forms", "kepala desa kebakaran hutan kecelakaan wakil gubernur", search.Query{
			Terms: [][]string{{"pala desa", "kades"}, {"bakar hutan", "karhutla"}, {"celaka", "laka"}, {"wakil gubernur", "wagub"}},
			Exact: []string{"kepala", "desa", "kebakaran", "hutan", "kecelakaan", "wakil", "gubernur"},
		}},
		{"long form with a short form in it", "Kepala Polda Gubernur Sumatera Utara", search.Query{
			Terms: [][]string{{"pala polda", "kapolda"}, {"gubernur sumatera utara", "gubsu"}},
			Exact: []string{"kepala", "polda", "gubernur", "sumatera", "utara"},
		}},
		{"stop words only", "yang di", search.Query{Exact: []string{"yang", "di"}}},
		{"FTS syntax", `"banjir" AND bandang* OR -longsor NEAR(a b) ^col:x`, search.Query{
			Terms: [][]string{{"banjir"}, {"bandang"}, {"longsor"}, {"a"}, {"b"}, {"col"}, {"x"}},
			Exact: []string{"banjir", "bandang", "longsor", "a", "b", "col", "x"},
		}},
		{"repeats", "banjir Banjir BANJIR", search.Query{
			Terms: [][]string{{"banjir"}},
			Exact: []string{"banjir"},
		}},
		{"emoji and punctuation", "😀🔥 ?!… — «»", search.Query{}},
		{"empty", "", search.Query{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := search.ParseQuery(tc.q); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseQuery(%q) =\n%q, want\n%q", tc.q, got, tc.want)
			}
		})
	}
}

func TestParseQueryLimits(t *testing.T) {
	var words []string
	for i := range 100 {
		words = append(words, "kata"+strings.Repeat("x", i%5)+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	q := search.ParseQuery(strings.Join(words, " "))
	if len(q.Terms) != 32 || len(q.Exact) != 32 {
		t.Errorf("100 words gave %d groups and %d exact words, want 32 each", len(q.Terms), len(q.Exact))
	}
	checkQuery(t, q)
}

// TestParseQueryFast bounds the time of hostile 2,000-character queries.
func TestParseQueryFast(t *testing.T) {
	inputs := map[string]string{
		"one word":      strings.Repeat("a", 2000),
		"short words":   strings.Repeat("me pe ", 333),
		"abbreviations": strings.Repeat("Korut Korea Utara RI ", 95),
		"numbers":       strings.Repeat("1.000,5/2.", 200),
		"hyphens":       strings.Repeat("anak-", 400),
		"emoji":         strings.Repeat("😀", 500),
		"random":        randomText(rand.New(rand.NewPCG(1, 2)), 2000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			best := time.Hour
			for range 5 {
				start := time.Now()
				q := search.ParseQuery(in)
				best = min(best, time.Since(start))
				checkQuery(t, q)
			}
			if best > 10*time.Millisecond {
				t.Errorf("ParseQuery of %d characters took %v", utf8.RuneCountInString(in), best)
			}
		})
	}
}

// checkQuery holds a Query to its promises: alternatives of a–z, 0–9, '/'
// and single inner spaces; no empty groups; at most 32 groups and words.
func checkQuery(t *testing.T, q search.Query) {
	t.Helper()
	if len(q.Terms) > 32 || len(q.Exact) > 32 {
		t.Errorf("%d groups, %d exact words", len(q.Terms), len(q.Exact))
	}
	for _, g := range q.Terms {
		if len(g) == 0 {
			t.Errorf("empty group in %q", q.Terms)
		}
		for _, alt := range g {
			for _, term := range strings.Split(alt, " ") {
				if !validTerm(term) {
					t.Errorf("alternative %q", alt)
				}
			}
		}
	}
	for _, w := range q.Exact {
		if !validTerm(w) {
			t.Errorf("exact word %q", w)
		}
	}
}

// validTerm reports a term of a–z, 0–9 and '/', 1 to 40 bytes long.
func validTerm(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '/') {
			return false
		}
	}
	return true
}

// randomText mixes letters, digits, joiners, marks, quotes and emoji.
func randomText(r *rand.Rand, n int) string {
	pieces := []string{"a", "e", "K", "ng", "meng", "ber", "-", "'", "’", ".", ",", "/", " ", " ", "3", "0",
		"é", "\u0301", "\u200b", "ß", "ﬁ", "😀", "\"", "*", "(", ")", "AND", "ñ", "ạ", "ﾟ", "\xff"}
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}
