package search

import "unicode"

// class is what a rune means to the tokeniser once folded.
type class uint8

const (
	clsSpace  class = iota // ends a word
	clsLetter              // folds to one or more of a–z
	clsDigit               // folds to one of 0–9
	clsIgnore              // vanishes without ending a word: combining marks, zero-width and format characters
	clsApos                // apostrophe: joins letters ("Jum'at" → jumat)
	clsHyphen              // joins the parts of a compound ("anak-anak")
	clsNumSep              // '.', ',' or '/': joins digits ("10.000", "3,5", "28/10")
)

// Latin letters with diacritics, folded to their base letters without a
// Unicode decomposition table: the stdlib has none, and the project keeps
// golang.org/x/text out. Each string holds one base letter per code point
// starting at the block's first code point; '*' marks a letter that folds to
// two (see foldPairs) and ' ' one that is not a letter.
const (
	// U+00C0–U+00FF, Latin-1 Supplement letters.
	latin1 = "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y"
	// U+0100–U+017F, Latin Extended-A.
	latinExtA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
	// U+1E00–U+1EF9, Latin Extended Additional (Vietnamese and transliterations).
	latinExtAdd = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzz" +
		"htwyasss*d" +
		"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy"
)

// foldPairs are the letters that fold to two letters, as NFKC and common
// transliteration write them.
var foldPairs = map[rune]string{
	'Æ': "ae", 'æ': "ae", 'Þ': "th", 'þ': "th", 'ß': "ss",
	'Ĳ': "ij", 'ĳ': "ij", 'Œ': "oe", 'œ': "oe", 'ẞ': "ss",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// foldOther covers the Latin Extended-B letters that turn up in names
// (Romanian, Vietnamese, pinyin) and a few compatibility characters.
var foldOther = map[rune]byte{
	'Ơ': 'o', 'ơ': 'o', 'Ư': 'u', 'ư': 'u', 'ƒ': 'f',
	'Ǎ': 'a', 'ǎ': 'a', 'Ǐ': 'i', 'ǐ': 'i', 'Ǒ': 'o', 'ǒ': 'o', 'Ǔ': 'u', 'ǔ': 'u',
	'Ǖ': 'u', 'ǖ': 'u', 'Ǘ': 'u', 'ǘ': 'u', 'Ǚ': 'u', 'ǚ': 'u', 'Ǜ': 'u', 'ǜ': 'u',
	'Ǧ': 'g', 'ǧ': 'g', 'Ǩ': 'k', 'ǩ': 'k', 'Ǫ': 'o', 'ǫ': 'o', 'ǰ': 'j',
	'Ǵ': 'g', 'ǵ': 'g', 'Ǹ': 'n', 'ǹ': 'n', 'Ș': 's', 'ș': 's', 'Ț': 't', 'ț': 't',
	'ª': 'a', 'º': 'o',
	'¹': '1', '²': '2', '³': '3',
}

// fold maps one rune to its class and, for letters and digits, the ASCII
// lower-case text it stands for. upper reports an upper-case letter, which
// tells acronyms ("AS") from words ("as").
func fold(r rune) (c class, text string, upper bool) {
	if r < 0x80 {
		switch {
		case 'a' <= r && r <= 'z':
			return clsLetter, asciiText[r], false
		case 'A' <= r && r <= 'Z':
			return clsLetter, asciiText[r+'a'-'A'], true
		case '0' <= r && r <= '9':
			return clsDigit, asciiText[r], false
		case r == '\'' || r == '`':
			return clsApos, "", false
		case r == '-':
			return clsHyphen, "", false
		case r == '.' || r == ',' || r == '/':
			return clsNumSep, asciiText[r], false
		}
		return clsSpace, "", false
	}
	switch r {
	case '\u2019', '\u2018', '\u02BC', '\u02BB', '\u2032': // ’ ‘ ʼ ʻ ′
		return clsApos, "", false
	case '\u2010', '\u2011': // hyphen, non-breaking hyphen; en and em dashes separate
		return clsHyphen, "", false
	case '\u2044', '\u2215': // fraction slash, division slash
		return clsNumSep, "/", false
	}
	upper = unicode.IsUpper(r)
	switch {
	case 0xC0 <= r && r <= 0xFF:
		return blockLetter(latin1, r-0xC0, r, upper)
	case 0x100 <= r && r <= 0x17F:
		return blockLetter(latinExtA, r-0x100, r, upper)
	case 0x1E00 <= r && r <= 0x1EF9:
		return blockLetter(latinExtAdd, r-0x1E00, r, upper)
	case 0xFF10 <= r && r <= 0xFF19: // fullwidth digits
		return clsDigit, asciiText['0'+r-0xFF10], false
	case 0xFF21 <= r && r <= 0xFF3A: // fullwidth capitals
		return clsLetter, asciiText['a'+r-0xFF21], true
	case 0xFF41 <= r && r <= 0xFF5A: // fullwidth small letters
		return clsLetter, asciiText['a'+r-0xFF41], false
	case 0x2070 <= r && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073: // superscript digits
		return clsDigit, asciiText['0'+r-0x2070], false
	case 0x2080 <= r && r <= 0x2089: // subscript digits
		return clsDigit, asciiText['0'+r-0x2080], false
	}
	if s, ok := foldPairs[r]; ok {
		return clsLetter, s, upper
	}
	if b, ok := foldOther[r]; ok {
		if '0' <= b && b <= '9' {
			return clsDigit, asciiText[b], false
		}
		return clsLetter, asciiText[b], upper
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r == '\u034F' {
		return clsIgnore, "", false
	}
	// Letters of other scripts separate words: index terms are ASCII so that
	// they pass through any FTS tokenizer and query syntax unchanged.
	return clsSpace, "", false
}

func blockLetter(table string, i, r rune, upper bool) (class, string, bool) {
	switch b := table[i]; b {
	case ' ':
		return clsSpace, "", false
	case '*':
		return clsLetter, foldPairs[r], upper
	default:
		return clsLetter, asciiText[b], upper
	}
}

// asciiText holds one-byte strings so that folding allocates nothing.
var asciiText = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()
