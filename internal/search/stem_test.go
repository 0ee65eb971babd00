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
		{"sekolah", "seko"}, // Snowball takes -lah for a particle
		{"menikah", "meni"}, // and -kah
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
		// Not ambiguous: the prefix stands before a consonant, or there is
		// no nasal prefix.
		{"membaca", []string{"baca"}},
		{"mendapatkan", []string{"dapat"}},
		{"menggali", []string{"gali"}},
		{"dikirim", []string{"kirim"}},
		{"berlari", []string{"lari"}},
		{"makanan", []string{"makan"}},
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
