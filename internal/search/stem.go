package search

import "unicode/utf8"

// The stemmer follows the Snowball Indonesian algorithm as published at
// snowballstem.org/algorithms/indonesian/stemmer.html (a Porter-style
// stemmer after Tala, 2003), written here from that description. Its test
// compares it with Snowball's own stemwords on every word of a news corpus.
//
// A word is worked on as front + s[start:end]: prefixes are removed by moving
// start, suffixes by moving end, and front holds the consonant the
// meny-/mem- rules put back ("menyapu" → s+apu). Stemming allocates only
// when front is used.

// Kinds of prefix removed, which decide the suffixes that may follow.
const (
	prefixNone = 0
	prefixDi   = 1 // di-, ter- and meng- with its forms me-, men-, mem-, meny-
	prefixPer  = 2 // per-, pe-
	prefixKe   = 3 // ke- and peng- with its forms pen-, pem-, peny-
	prefixBer  = 4 // ber-, be-
)

// ambiguity says which prefix rule met a root whose first letter cannot be
// known from the word. A nasal first-order prefix nasalises a root's first
// consonant (k → ng, t → n, p → m, s → ny) and is spelt the same before a
// root that begins with a vowel or with the nasal itself; per- merges with
// a root's r (per- + rawat → perawatan), as the pe- of doers does
// (pe- + rawat → perawat).
type ambiguity uint8

const (
	ambiguityNone ambiguity = iota
	nasalNg                 // meng-, peng- before a vowel: the root may begin with k (mengirim: irim, kirim)
	nasalN                  // men-, pen- before a vowel: t or n (menulis: ulis, tulis; menaikkan: aik, naik)
	nasalM                  // mem-, pem- before a vowel: Snowball puts back p, the root may begin with m (memakan: pakan, makan)
	nasalNy                 // meny-, peny- before a vowel: Snowball puts back s, the root may begin with ny (menyanyi: sanyi, nyanyi)
	perVowel                // per- before a vowel: Snowball removes it whole, the root may begin with r (perawatan: awat, rawat)
)

// alternatives are the letters each ambiguous prefix may hide, besides the
// reading Snowball chose.
var alternatives = [...][]string{
	nasalNg:  {"k"},
	nasalN:   {"t", "n"},
	nasalM:   {"m"},
	nasalNy:  {"ny"},
	perVowel: {"r"},
}

type stemmer struct {
	s          string
	start, end int
	front      string
	measure    int // vowels left, lowered by one for each affix removed
	prefix     int
}

// Stem stems one lower-case word with the Snowball Indonesian algorithm,
// except for a short list of words whose stem Warta fixes (exception.go):
// roots that end in -lah, -kah or -pun, which Snowball takes for particles
// (sekolah stays sekolah, not seko; menikah gives nikah), and derived words
// that Snowball would send to another word's root (pengacara, not acara).
func Stem(word string) string {
	s, _ := stem(word, "")
	return s
}

// Candidates returns Stem(word) and, where the prefix rule is ambiguous, the
// alternative stems, Stem(word) first. The ambiguous words are those whose
// nasal prefix or per- stood before a vowel:
//
//   - meng-, peng-: the root may begin with k (pengiriman → irim, kirim);
//   - men-, pen-: with t or n (menulis → ulis, tulis, nulis; menaikkan → aik, taik, naik);
//   - mem-, pem-: Snowball restores p, the root may begin with m instead
//     (memukul → pukul, mukul; memakan → pakan, makan);
//   - meny-, peny-: Snowball restores s, the root may begin with ny
//     (menyapu → sapu, nyapu; menyanyi → sanyi, nyanyi);
//   - per- (and the pe- of doers before r): Snowball removes per, the root
//     may begin with r (perawatan → awat, rawat; perokok → okok, rokok;
//     but peraturan → atur, ratur).
//
// Each alternative goes through the rest of the algorithm as the Snowball
// stem does, so that "mengirimkan" gives irim and kirim. A word on the
// exception list (see Stem) has its one stem only.
func Candidates(word string) []string {
	first, n := stem(word, "")
	out := []string{first}
	if n == ambiguityNone {
		return out
	}
	for _, c := range alternatives[n] {
		alt, _ := stem(word, c)
		if !contains(out, alt) {
			out = append(out, alt)
		}
	}
	return out
}

// candidates is Candidates without the slice: the primary stem and up to
// two alternatives, for the analyzer's inner loop.
func candidates(word string) (first string, alts [2]string, n int) {
	first, amb := stem(word, "")
	if amb == ambiguityNone {
		return first, alts, 0
	}
	for _, c := range alternatives[amb] {
		if alt, _ := stem(word, c); alt != first && (n == 0 || alts[0] != alt) {
			alts[n] = alt
			n++
		}
	}
	return first, alts, n
}

// stem runs the algorithm. recode, when not empty, is the alternative
// letter for an ambiguous prefix, used instead of Snowball's reading; amb
// reports the ambiguous prefix found. A word has one at most: after a
// nasal prefix before a vowel, no second-order prefix (p-, b-) can follow.
func stem(word, recode string) (string, ambiguity) {
	st := stemmer{s: word, end: len(word)}
	for i := 0; i < len(word); i++ {
		if isVowel(word[i]) {
			st.measure++
		}
	}
	if st.measure <= 2 {
		return word, ambiguityNone
	}
	// Every exception has three vowels or more.
	if s, ok := exceptionOf(word); ok {
		return s, ambiguityNone
	}
	st.removeParticle()
	if st.measure <= 2 {
		return st.result(), ambiguityNone
	}
	st.removePossessive()
	if st.measure <= 2 {
		return st.result(), ambiguityNone
	}
	if amb, ok := st.removeFirstOrderPrefix(recode); ok {
		// A second-order prefix may follow a first-order one only when a
		// suffix went too (memperbaiki → perbaik → baik, but memperbesar
		// keeps per-).
		if st.measure > 2 && st.removeSuffix() && st.measure > 2 {
			if amb == ambiguityNone {
				amb = st.removeSecondOrderPrefix(recode)
			} else {
				st.removeSecondOrderPrefix("")
			}
		}
		return st.result(), amb
	}
	amb := st.removeSecondOrderPrefix(recode)
	if st.measure > 2 {
		st.removeSuffix()
	}
	return st.result(), amb
}

func (st *stemmer) result() string {
	if st.front == "" {
		return st.s[st.start:st.end]
	}
	return st.front + st.s[st.start:st.end]
}

// rest is the part of the word still open to change. The front consonant is
// not: Snowball leaves the cursor after it, so no suffix or second prefix
// can reach it.
func (st *stemmer) rest() string { return st.s[st.start:st.end] }

func (st *stemmer) removeParticle() {
	if n := particleLen(st.rest()); n > 0 {
		st.end -= n
		st.measure--
	}
}

func (st *stemmer) removePossessive() {
	if n := possessiveLen(st.rest()); n > 0 {
		st.end -= n
		st.measure--
	}
}

// particleLen is the length of the particle -kah, -lah or -pun that w ends
// in, or 0.
func particleLen(w string) int {
	if hasSuffix(w, "kah") || hasSuffix(w, "lah") || hasSuffix(w, "pun") {
		return 3
	}
	return 0
}

// possessiveLen is the length of the possessive -nya, -ku or -mu that w
// ends in, or 0.
func possessiveLen(w string) int {
	switch {
	case hasSuffix(w, "nya"):
		return 3
	case hasSuffix(w, "ku"), hasSuffix(w, "mu"):
		return 2
	}
	return 0
}

// removeFirstOrderPrefix removes di-, ter-, ke-, meng- and peng- in their
// forms. The longest matching prefix wins; meny- and peny- count only
// before a vowel (else men-, pen- apply).
func (st *stemmer) removeFirstOrderPrefix(recode string) (ambiguity, bool) {
	r := st.rest()
	vowelAt := func(i int) bool { return i < len(r) && isVowel(r[i]) }
	var (
		n      int // prefix length
		kind   int
		nas    = ambiguityNone
		ssnow  string // Snowball's replacement
		hasRep bool
	)
	switch {
	case hasPrefix(r, "meny") && vowelAt(4):
		n, kind, nas, ssnow, hasRep = 4, prefixDi, nasalNy, "s", true
	case hasPrefix(r, "peny") && vowelAt(4):
		n, kind, nas, ssnow, hasRep = 4, prefixKe, nasalNy, "s", true
	case hasPrefix(r, "meng"):
		n, kind = 4, prefixDi
		if vowelAt(4) {
			nas = nasalNg
		}
	case hasPrefix(r, "peng"):
		n, kind = 4, prefixKe
		if vowelAt(4) {
			nas = nasalNg
		}
	case hasPrefix(r, "mem"), hasPrefix(r, "pem"):
		n, kind = 3, prefixDi
		if r[0] == 'p' {
			kind = prefixKe
		}
		if vowelAt(3) {
			nas, ssnow, hasRep = nasalM, "p", true
		}
	case hasPrefix(r, "men"), hasPrefix(r, "pen"):
		n, kind = 3, prefixDi
		if r[0] == 'p' {
			kind = prefixKe
		}
		if vowelAt(3) {
			nas = nasalN
		}
	case hasPrefix(r, "ter"):
		n, kind = 3, prefixDi
	case hasPrefix(r, "me"), hasPrefix(r, "di"):
		n, kind = 2, prefixDi
	case hasPrefix(r, "ke"):
		n, kind = 2, prefixKe
	default:
		return ambiguityNone, false
	}
	st.start += n
	st.prefix = kind
	st.measure--
	switch {
	case recode != "" && nas != ambiguityNone:
		st.front = recode
	case hasRep:
		st.front = ssnow
	}
	return nas, true
}

// removeSecondOrderPrefix removes per-, pe-, ber- and be- (the last only
// before a consonant and "er", as in bekerja); pelajar and belajar lose
// only pel-, bel-. Before a vowel per- is ambiguous; with recode set it
// leaves the r (perawatan → rawat) where Snowball removes it.
func (st *stemmer) removeSecondOrderPrefix(recode string) ambiguity {
	r := st.rest()
	amb := ambiguityNone
	switch {
	case hasPrefix(r, "pelajar"):
		st.start += 3
	case hasPrefix(r, "belajar"):
		st.start += 3
		st.prefix = prefixBer
	case hasPrefix(r, "per"):
		st.start += 3
		st.prefix = prefixPer
		if len(r) > 3 && isVowel(r[3]) {
			amb = perVowel
			if recode != "" {
				st.start--
			}
		}
	case hasPrefix(r, "ber"):
		st.start += 3
		st.prefix = prefixBer
	case hasPrefix(r, "pe"):
		st.start += 2
		st.prefix = prefixPer
	case hasPrefix(r, "be") && ker(r[2:]):
		st.start += 2
		st.prefix = prefixBer
	default:
		return ambiguityNone
	}
	st.measure--
	return amb
}

// ker reports a consonant (any letter but a vowel) followed by "er".
func ker(r string) bool {
	if r == "" {
		return false
	}
	c, size := utf8.DecodeRuneInString(r)
	if c < utf8.RuneSelf && isVowel(byte(c)) {
		return false
	}
	return hasPrefix(r[size:], "er")
}

// removeSuffix removes -kan, -an or -i where the prefix allows it. -kan
// may not follow per- or peng-, -an not meng-, and -i not ke-, peng- or ber-,
// nor an s (televisi, organisasi keep their -si).
func (st *stemmer) removeSuffix() bool {
	r := st.rest()
	switch {
	case hasSuffix(r, "kan") && st.prefix != prefixKe && st.prefix != prefixPer:
		st.end -= 3
	case hasSuffix(r, "an") && st.prefix != prefixDi:
		st.end -= 2
	case hasSuffix(r, "i") && st.prefix <= prefixPer && !hasSuffix(r, "si"):
		st.end--
	default:
		return false
	}
	st.measure--
	return true
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
func hasSuffix(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
