package search

import (
	_ "embed"
	"strings"
)

// stopwordsFile is stopwords-iso's Indonesian list (MIT; see README.md).
//
//go:embed stopwords-id.txt
var stopwordsFile string

// keepWords are on that list but carry meaning in news searches, so they
// are indexed: numbers and ordinals ("tiga tersangka", "Perang Dunia
// Kedua"), time ("tahun baru", "akhir pekan", "dini hari", "Hari Raya"),
// words of names and fixed phrases ("pemilihan umum", "usaha kecil",
// "Pengadilan Tinggi", "Duta Besar", "menteri luar negeri", "ibu kota",
// "tempat kejadian perkara", Wong as a surname) and news verbs and nouns
// ("harga naik", "kasus korupsi"). Function words, negations, pronouns and
// reporting verbs ("kata", "ujar") stay stop words.
var keepWords = []string{
	"satu", "dua", "tiga", "empat", "lima", "pertama", "kedua", "kelima",
	"baru", "tahun", "bulan", "hari", "akhir", "awal", "dini",
	"umum", "besar", "kecil", "tinggi", "luar", "ibu", "tempat", "wong",
	"kasus", "masalah", "naik", "keluar",
}

// stopwords holds the list less keepWords. Hyphenated entries
// ("semata-mata") are matched against whole compounds, never their parts.
var stopwords = func() map[string]struct{} {
	m := make(map[string]struct{}, 800)
	for _, w := range strings.Fields(stopwordsFile) {
		m[w] = struct{}{}
	}
	for _, w := range keepWords {
		delete(m, w)
	}
	return m
}()

func isStop(word string) bool {
	_, ok := stopwords[word]
	return ok
}
