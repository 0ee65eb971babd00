package search_test

import (
	"slices"
	"testing"

	"warta/internal/search"
)

// The expected stems were checked with Snowball's stemwords -l indonesian
// (libstemmer 2.2.0), so this table holds without stemwords installed.
func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		// Prefixes meng-, meny-, men-, mem-, me- and their recoding.
		{"menyerang", "serang"},
		{"menyapu", "sapu"},
		{"memukul", "pukul"},
		{"membaca", "baca"},
		{"memakan", "pakan"},
		{"mengirim", "irim"},
		{"mengirimkan", "irim"},
		{"menulis", "ulis"},
		{"mendapatkan", "dapat"},
		{"melihat", "lihat"},
		{"menyrg", "menyrg"}, // too few vowels to stem
		// peng-, peny-, pen-, pem-.
		{"pengiriman", "irim"},
		{"penulis", "ulis"},
		{"penyanyi", "sanyi"},
		{"pemukul", "pukul"},
		{"pemerintah", "perintah"},
		{"pemerintahan", "perintah"},
		// di-, ter-, ke-.
		{"dikirim", "kirim"},
		{"ditemukan", "temu"},
		{"terbakar", "bakar"},
		{"kebersihan", "bersih"},
		{"ketahui", "tahui"}, // no -i after ke-
		{"kenai", "nai"},
		// Second-order prefixes.
		{"berlari", "lari"},
		{"bekerja", "kerja"},
		{"belajar", "ajar"},
		{"pelajaran", "ajar"},
		{"pertanyaan", "tanya"},
		{"perbaikan", "baik"},
		{"memperbaiki", "baik"},
		{"memperbesar", "perbesar"}, // no suffix, so per- stays
		{"beserta", "serta"},
		// Suffixes, particles, possessives.
		{"makanan", "makan"},
		{"bukunya", "buku"},
		{"bacalah", "baca"},
		{"apakah", "apa"},
		{"adapun", "ada"},
		{"televisi", "televisi"},
		{"mengakhiri", "akhir"},
		{"melempari", "lempar"},
		{"mengetahui", "etahu"},
		{"menyatakan", "sata"},
		{"memiliki", "pilik"},
		{"menaikkan", "aik"},
		// Short and non-words are left alone.
		{"dia", "dia"},
		{"nanti", "nanti"},
		{"2024", "2024"},
		{"28/10", "28/10"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := search.Stem(tc.word); got != tc.want {
				t.Errorf("Stem(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

func TestCandidates(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"pengiriman", []string{"irim", "kirim"}},
		{"mengirimkan", []string{"irim", "kirim"}},
		{"mengatakan", []string{"ata", "kata"}},
		{"menulis", []string{"ulis", "tulis", "nulis"}},
		{"menaikkan", []string{"aik", "taik", "naik"}},
		{"memukul", []string{"pukul", "mukul"}},
		{"memakan", []string{"pakan", "makan"}},
		{"memiliki", []string{"pilik", "milik"}},
		{"pemilihan", []string{"pilih", "milih"}},
		{"menyapu", []string{"sapu", "nyapu"}},
		{"menyatakan", []string{"sata", "nyata"}},
		// per- before a vowel: the root may begin with r, also after a
		// first-order prefix and a suffix.
		{"perawatan", []string{"awat", "rawat"}},
		{"perawat", []string{"awat", "rawat"}},
		{"perokok", []string{"okok", "rokok"}},
		{"perumahan", []string{"umah", "rumah"}},
		{"peraturan", []string{"atur", "ratur"}},
		{"perubahan", []string{"ubah", "rubah"}},
		{"keperawatan", []string{"awat", "rawat"}},
		{"diperingati", []string{"ingat", "ringat"}},
		// Not ambiguous: the prefix stands before a consonant, or there is
		// no nasal prefix.
		{"membaca", []string{"baca"}},
		{"mendapatkan", []string{"dapat"}},
		{"menggali", []string{"gali"}},
		{"dikirim", []string{"kirim"}},
		{"berlari", []string{"lari"}},
		{"makanan", []string{"makan"}},
		{"perbaikan", []string{"baik"}},
		{"memperbesar", []string{"perbesar"}},
		{"berencana", []string{"encana"}}, // ber- is left alone: berusia would give rusia
		{"perang", []string{"perang"}},
		// An exception has its one stem.
		{"menikahi", []string{"nikah"}},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			got := search.Candidates(tc.word)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Candidates(%q) = %q, want %q", tc.word, got, tc.want)
			}
			if got[0] != search.Stem(tc.word) {
				t.Errorf("Candidates(%q)[0] = %q, not Stem's %q", tc.word, got[0], search.Stem(tc.word))
			}
		})
	}
}

// TestStemExceptions checks the words whose stem Warta sets against the
// Snowball rules (exception.go): each gets its root and no other candidate,
// alone, with a particle or a possessive, and the root's other forms, which
// Snowball already stems to it, agree. snowball is what stemwords gives;
// ExceptionOf must know every word where Warta differs from it.
func TestStemExceptions(t *testing.T) {
	for _, tc := range stemExceptionTests {
		t.Run(tc.word, func(t *testing.T) {
			if got := search.Stem(tc.word); got != tc.want {
				t.Errorf("Stem(%q) = %q, want %q", tc.word, got, tc.want)
			}
			_, exception := search.ExceptionOf(tc.word)
			if got := search.Candidates(tc.word); exception && !slices.Equal(got, []string{tc.want}) {
				t.Errorf("Candidates(%q) = %q, want only %q", tc.word, got, tc.want)
			}
			if tc.want != tc.snowball && !exception {
				t.Errorf("Warta stems %q to %q, Snowball to %q, and ExceptionOf does not know it", tc.word, tc.want, tc.snowball)
			}
		})
	}
}

// stemExceptionTests is TestStemExceptions's table; TestStemExceptionsSnowball
// checks its snowball column with stemwords.
var stemExceptionTests = []struct{ word, want, snowball string }{
	// Roots ending in -lah, -kah, -pun, with their forms.
	{"sekolah", "sekolah", "seko"},
	{"bersekolah", "sekolah", "seko"},
	{"sekolahnya", "sekolah", "sekolah"},
	{"sekolahan", "sekolah", "sekolah"},
	{"persekolahan", "sekolah", "sekolah"},
	{"masalah", "masalah", "masa"},
	{"bermasalah", "masalah", "masa"},
	{"masalahnya", "masalah", "masalah"},
	{"permasalahan", "masalah", "masalah"},
	{"menikah", "nikah", "meni"},
	{"menikahlah", "nikah", "ikah"},
	{"menikahnya", "nikah", "ikah"},
	{"menikahi", "nikah", "ikah"},
	{"menikahinya", "nikah", "ikah"},
	{"menikahkan", "nikah", "ikah"},
	{"nikah", "nikah", "nikah"},
	{"pernikahan", "nikah", "nikah"},
	{"dinikahi", "nikah", "nikah"},
	{"bersalah", "salah", "bersa"},
	{"salah", "salah", "salah"},
	{"kesalahan", "salah", "salah"},
	{"menyalahkan", "salah", "salah"},
	{"mengalah", "kalah", "menga"},
	{"kekalahan", "kalah", "kalah"},
	{"mengolah", "olah", "mengo"},
	{"diolah", "olah", "dio"},
	{"pengolah", "olah", "pengo"},
	{"pengolahan", "olah", "olah"},
	{"melangkah", "langkah", "melang"},
	{"selangkah", "langkah", "selang"},
	{"langkahnya", "langkah", "langkah"},
	{"menghimpun", "himpun", "menghim"},
	{"dihimpun", "himpun", "dihim"},
	{"himpunan", "himpun", "himpun"},
	{"berulah", "ulah", "beru"},
	{"sedekah", "sedekah", "sede"},
	{"bersedekah", "sedekah", "sede"},
	{"sebelah", "sebelah", "sebe"},
	{"istilah", "istilah", "isti"},
	{"majalah", "majalah", "maja"},
	{"makalah", "makalah", "maka"},
	// Words of two syllables are too short for Snowball to touch.
	{"wilayah", "wilayah", "wilayah"},
	{"lelah", "lelah", "lelah"},
	{"kelelahan", "lelah", "lelah"},
	{"sah", "sah", "sah"},
	// A real particle still goes.
	{"sekolahlah", "sekolah", "sekolah"},
	{"masakah", "masa", "masa"},
}
