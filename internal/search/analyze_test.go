package search_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"warta/internal/search"
)

func TestExact(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"case and marks", "Café CRÈME Ñandú Şehir Ærø Straße", []string{"cafe", "creme", "nandu", "sehir", "aero", "strasse"}},
		{"decomposed marks", "Cafe\u0301 Jose\u0301", []string{"cafe", "jose"}},
		{"vietnamese", "Nguyễn Phú Trọng", []string{"nguyen", "phu", "trong"}},
		{"fullwidth and ligatures", "ＡＢＣ１２ ﬁnal", []string{"abc12", "final"}},
		{"zero-width and soft hyphen", "kom\u00adpu\u200bter", []string{"komputer"}},
		{"curly apostrophe", "Ma’ruf Amin, Jum'at", []string{"maruf", "amin", "jumat"}},
		{"thousands", "Rp10.000 dan 1,500,000 serta Rp1.500.000", []string{"rp10000", "dan", "1500000", "serta", "rp1500000"}},
		{"decimals", "3,5 persen, 3.5 persen, 10.000,50", []string{"3koma5", "persen", "3koma5", "persen", "10000koma50"}},
		{"dates and ratios", "28/10/2024, 24/7", []string{"28/10/2024", "24/7"}},
		{"irregular number runs split", "versi 1.2.3", []string{"versi", "1", "2", "3"}},
		{"sentence dots", "Selesai. 2024.", []string{"selesai", "2024"}},
		{"reduplication", "anak-anak kupu-kupu sayur-mayur", []string{"anak", "kupu", "sayur", "mayur"}},
		{"hyphen parts", "Jean‑Paul kupu-kupu2", []string{"jean", "paul", "kupu", "kupu2"}},
		{"codes with or without a hyphen", "U-19 U19 COVID-19 G20 G-20 MH-370", []string{"u19", "u19", "covid19", "g20", "g20", "mh370"}},
		{"ordinals are not codes", "HUT ke-74, ke2", []string{"hut", "ke", "74", "ke2"}},
		{"not codes", "19-an 4G H1N1 U-19-nya 2019-2020", []string{"19", "an", "4g", "h1n1", "u", "19", "nya", "2019", "2020"}},
		{"dashes separate", "2019–2020 Jakarta—Bandung", []string{"2019", "2020", "jakarta", "bandung"}},
		{"other scripts and emoji separate", "Seoul서울 😀 Москва ok", []string{"seoul", "ok"}},
		{"long tokens dropped", "a " + strings.Repeat("x", 41) + " b " + strings.Repeat("y", 40), []string{"a", "b", strings.Repeat("y", 40)}},
		{"punctuation only", `"'-.,/:;!?()[]{}<>*^~|\`, nil},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := search.Exact(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Exact(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stems and stop words", "Polisi menyerang markas yang dikirim dari kota itu",
			[]string{"polisi", "serang", "markas", "kirim", "kota", "nyerang"}},
		{"kept stop words", "Tahun baru, dua kasus, harga naik di luar negeri",
			[]string{"tahun", "baru", "dua", "kasus", "harga", "naik", "luar", "neger"}},
		{"hyphenated stop words", "semata-mata sama-sama kira-kira mata", []string{"mata"}},
		{"reduplication stems once", "berlari-lari anak-anaknya", []string{"lari", "anak"}},
		{"ambiguous stems after the run", "pengiriman barang menulis surat",
			[]string{"irim", "barang", "ulis", "surat", "kirim", "tulis", "nulis"}},
		{"abbreviations unstemmed, long forms after", "Pemilu di Korut",
			[]string{"pemilu", "korut", "pilih", "umum", "korea", "utara"}},
		{"acronym in capitals", "Presiden AS dan RI",
			[]string{"presiden", "as", "ri", "amerika", "serikat", "republik", "indonesia"}},
		{"acronym in lower case is a word", "as roda", []string{"as", "roda"}},
		{"mixed-case short forms in any case", "KORUT korut", []string{"korut", "korut", "korea", "utara", "korea", "utara"}},
		{"numbers", "Rp10.000 pada 28/10", []string{"rp10000", "28/10", "rp", "10000"}},
		{"codes whole, their parts after the run", "Timnas U-19 dan U23 lawan COVID-19",
			[]string{"timnas", "u19", "u23", "lawan", "covid19", "tim", "nasional", "u", "19", "u", "23", "covid", "19"}},
		{"a code's letters as a short form", "RI-1 mendarat", []string{"ri1", "darat", "ri", "1"}},
		{"per- before a vowel", "perawatan perokok peraturan", []string{"awat", "okok", "atur", "rawat", "rokok", "ratur"}},
		{"exceptions", "Pengacara menikah di sekolah", []string{"pengacara", "nikah", "sekolah"}},
		{"new short forms", "Ojol dan Kades", []string{"ojol", "kades", "ojek", "online", "pala", "desa"}},
		{"empty", "", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := search.Analyze(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Analyze(%q) =\n%q, want\n%q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTextsFindThemselves queries each corpus headline and article against
// its own terms: whatever ParseQuery makes of a text, Analyze of the same
// text must match, phrases included.
func TestTextsFindThemselves(t *testing.T) {
	texts := []string{
		"Korea Utara dan Korut", "Pemerintah Provinsi Jawa Barat", "Badan Pengawas Pemilu",
		"Anggaran Pendapatan dan Belanja Negara", "pengiriman anak-anak berlari-lari",
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.csv"))
	for _, name := range files {
		for i, text := range corpusTexts(t, name) {
			if i%2 == 0 || len(text) <= 4096 { // titles, and bodies that ParseQuery reads whole
				texts = append(texts, text)
			}
		}
	}
	for _, text := range texts {
		terms := search.Analyze(text)
		for _, group := range search.ParseQuery(text).Terms {
			if !slices.ContainsFunc(group, func(alt string) bool { return hasPhrase(terms, alt) }) {
				t.Errorf("%q: no alternative of %q in its terms %q", text, group, terms)
			}
		}
	}
	t.Logf("%d texts", len(texts))
}

// hasPhrase reports whether the space-separated terms of phrase occur next
// to each other in terms, as an FTS phrase query needs.
func hasPhrase(terms []string, phrase string) bool {
	p := strings.Fields(phrase)
	for i := 0; i+len(p) <= len(terms); i++ {
		if slices.Equal(terms[i:i+len(p)], p) {
			return true
		}
	}
	return false
}
