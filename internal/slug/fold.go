package slug

// Transliteration tables for Latin letters with diacritics. Each byte is
// the ASCII letter for one code point; '-' marks a symbol (× ÷) and '*' a
// letter that becomes two (see fold).
const (
	// U+00C0 … U+00FF
	latin1 = "aaaaaa*ceeeeiiii" + "dnooooo-ouuuuy**" + "aaaaaa*ceeeeiiii" + "dnooooo-ouuuuy*y"
	// U+0100 … U+017F
	latinExtA = "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "ii**jjkkklllllll" +
		"lllnnnnnnnnnoooo" + "oo**rrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs"
)

// vietnamese maps U+1EA0 … U+1EF9 by ranges of one base letter.
var vietnamese = [...]struct {
	last   rune
	letter string
}{
	{0x1EB7, "a"}, {0x1EC7, "e"}, {0x1ECB, "i"}, {0x1EE3, "o"}, {0x1EF1, "u"}, {0x1EF9, "y"},
}

// fold returns the ASCII spelling of a Latin letter with diacritics or a
// ligature, or "" when r has none.
func fold(r rune) string {
	switch r {
	case 'Æ', 'æ':
		return "ae"
	case 'Œ', 'œ':
		return "oe"
	case 'ß', 'ẞ':
		return "ss"
	case 'Þ', 'þ':
		return "th"
	case 'Ĳ', 'ĳ':
		return "ij"
	case 'ƒ':
		return "f"
	case 'Ơ', 'ơ', 'Ǒ', 'ǒ':
		return "o"
	case 'Ư', 'ư', 'Ǔ', 'ǔ':
		return "u"
	case 'Ǎ', 'ǎ':
		return "a"
	case 'Ǐ', 'ǐ':
		return "i"
	case 'Ș', 'ș':
		return "s"
	case 'Ț', 'ț':
		return "t"
	case 'Ə', 'ə':
		return "e"
	}
	var c byte
	switch {
	case 0xC0 <= r && r <= 0xFF:
		c = latin1[r-0xC0]
	case 0x100 <= r && r <= 0x17F:
		c = latinExtA[r-0x100]
	case 0x1EA0 <= r && r <= 0x1EF9:
		for _, v := range vietnamese {
			if r <= v.last {
				return v.letter
			}
		}
	}
	if 'a' <= c && c <= 'z' {
		return lower[c-'a' : c-'a'+1]
	}
	return ""
}

// lower lets Make and fold return one-letter strings without allocating.
const lower = "abcdefghijklmnopqrstuvwxyz"
