package search

import (
	"slices"
	"strings"
	"testing"
)

// Internal tests for the package's tables and number rules.

func TestFoldTables(t *testing.T) {
	for name, tc := range map[string]struct {
		table string
		n     int
	}{"latin1": {latin1, 0x40}, "latinExtA": {latinExtA, 0x80}, "latinExtAdd": {latinExtAdd, 0xFA}} {
		if len(tc.table) != tc.n {
			t.Errorf("%s has %d entries, want %d", name, len(tc.table), tc.n)
		}
	}
	tests := map[rune]string{
		'À': "a", 'Ç': "c", 'Ð': "d", 'Ø': "o", 'Ý': "y", 'ß': "ss", 'ÿ': "y", 'Æ': "ae",
		'Ā': "a", 'Đ': "d", 'ě': "e", 'Ğ': "g", 'ı': "i", 'İ': "i", 'ĳ': "ij", 'Ł': "l", 'ŋ': "n",
		'Œ': "oe", 'Ř': "r", 'ş': "s", 'Ţ': "t", 'ů': "u", 'Ŵ': "w", 'Ÿ': "y", 'ž': "z", 'ſ': "s",
		'Ḁ': "a", 'ḃ': "b", 'Ḉ': "c", 'ḍ': "d", 'Ḝ': "e", 'ḟ': "f", 'Ḡ': "g", 'ḥ': "h", 'ḯ': "i",
		'Ḳ': "k", 'ḻ': "l", 'Ṃ': "m", 'ṇ': "n", 'Ṓ': "o", 'ṗ': "p", 'Ṛ': "r", 'ṣ': "s", 'Ṭ': "t",
		'ṻ': "u", 'Ṿ': "v", 'ẅ': "w", 'Ẍ': "x", 'ẏ': "y", 'Ẕ': "z", 'ẗ': "t", 'ẞ': "ss",
		'Ạ': "a", 'ặ': "a", 'Ẹ': "e", 'ệ': "e", 'Ỉ': "i", 'ị': "i", 'Ọ': "o", 'ợ': "o", 'Ụ': "u",
		'ự': "u", 'Ỳ': "y", 'ỹ': "y", 'ư': "u", 'ș': "s", 'Ｚ': "z", 'ｚ': "z", '９': "9", '⁵': "5",
	}
	for r, want := range tests {
		if c, got, _ := fold(r); got != want || (c != clsLetter && c != clsDigit) {
			t.Errorf("fold(%q) = %v %q, want %q", r, c, got, want)
		}
	}
	for _, r := range []rune{'×', '÷', '–', '—', '“', '😀', 'ж', '中'} {
		if c, _, _ := fold(r); c != clsSpace {
			t.Errorf("fold(%q) = %v, want a separator", r, c)
		}
	}
}

func TestNormalizeNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"10.000", []string{"10000"}},
		{"1,000,000", []string{"1000000"}},
		{"1.500", []string{"1500"}}, // grouping, as Indonesian writes it
		{"3,5", []string{"3koma5"}},
		{"3.14159", []string{"3koma14159"}},
		{"10.000,50", []string{"10000koma50"}},
		{"1,234.5", []string{"1234koma5"}},
		{"28/10", []string{"28/10"}},
		{"28/10/2024", []string{"28/10/2024"}},
		{"1.000/2,5", []string{"1000/2koma5"}},
		{"1.2.3", []string{"1", "2", "3"}},
		{"rp1.500.000an", []string{"rp1500000an"}},
		{"v1.2.3b", []string{"v1", "2", "3b"}},
		{"1.000.5", []string{"1", "000", "5"}},
	}
	for _, tc := range tests {
		if got := normalizeNumbers(nil, []byte(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("normalizeNumbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeepWordsAreStopListWords(t *testing.T) {
	listed := strings.Fields(stopwordsFile)
	if len(listed) != 758 { // 757 lines and a last one without a newline
		t.Errorf("stop list has %d words, want the 758 of stopwords-iso", len(listed))
	}
	for _, w := range keepWords {
		if !slices.Contains(listed, w) {
			t.Errorf("keep word %q is not on the stop list", w)
		}
		if isStop(w) {
			t.Errorf("keep word %q is still a stop word", w)
		}
	}
}

func TestAbbreviationTable(t *testing.T) {
	if len(abbreviations) < 30 {
		t.Errorf("%d abbreviations, want 30 or more", len(abbreviations))
	}
	seen := map[string]bool{}
	for _, e := range abbreviations {
		short := strings.ToLower(e.short)
		if seen[short] {
			t.Errorf("%s listed twice", e.short)
		}
		seen[short] = true
		a := abbrevs.byShort[short]
		if a == nil || len(a.phrases) != len(e.long) || len(a.index) == 0 {
			t.Errorf("%s: not analysed: %+v", e.short, a)
			continue
		}
		if isStop(short) {
			t.Errorf("%s is a stop word", e.short)
		}
		// Unrecognised in text (an acronym in lower case) it must still
		// give the same term.
		if Stem(short) != short {
			if a.acronym {
				t.Errorf("acronym %s stems to %q", e.short, Stem(short))
			}
		}
		for i, p := range a.phrases {
			if p == "" {
				t.Errorf("%s: long form %q has no terms", e.short, e.long[i])
			}
			if _, ok := abbrevs.byShort[p]; ok {
				t.Errorf("%s: long form %q is itself a short form", e.short, e.long[i])
			}
		}
	}
}

func TestExceptionTable(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range exceptions {
		for _, w := range e.words {
			if seen[w] {
				t.Errorf("%s listed twice", w)
			}
			seen[w] = true
			if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || len(e.stem) > len(w) {
				t.Errorf("%s → %s: not a lower-case word and a stem no longer", w, e.stem)
			}
			if s, ok := exceptionStems.lookup(w); !ok || s != e.stem {
				t.Errorf("lookup(%q) = %q, %v, want %q", w, s, ok, e.stem)
			}
			if isStop(w) {
				t.Errorf("%s is a stop word: the analyzer never stems it", w)
			}
			vowels := 0
			for _, v := range "aeiou" {
				vowels += strings.Count(w, string(v))
			}
			if vowels <= 2 {
				t.Errorf("%s has %d vowels: stem looks exceptions up only in longer words", w, vowels)
			}
		}
	}
	for _, w := range []string{"", "s", "sekola", "sekolahx", "xekolah", "masa", "nikah", "0"} {
		if s, ok := exceptionStems.lookup(w); ok {
			t.Errorf("lookup(%q) = %q, want none", w, s)
		}
	}
}

func TestGate(t *testing.T) {
	for short := range abbrevs.byShort {
		if len(short) < 2 || !abbrevs.gate.pass(short) {
			t.Errorf("short form %q does not pass the gate (one letter never does)", short)
		}
	}
	for w := range exceptionStems.stems {
		if !exceptionStems.gate.pass(w) {
			t.Errorf("exception %q does not pass the gate", w)
		}
	}
	for _, w := range []string{"", "a", "1"} {
		if abbrevs.gate.pass(w) {
			t.Errorf("%q passes the gate", w)
		}
	}
	// The gate is only worth its place if it turns most words away.
	passed := 0
	for w := range stopwords {
		if abbrevs.gate.pass(w) {
			passed++
		}
	}
	if passed*5 > len(stopwords) {
		t.Errorf("%d of %d stop words pass the abbreviations' gate", passed, len(stopwords))
	}
}
