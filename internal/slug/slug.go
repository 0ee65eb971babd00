// Package slug makes URL slugs from Indonesian and English titles. It is
// pure: no I/O and no state beyond its transliteration tables.
package slug

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// MaxLen is the longest slug Make returns, in bytes. Unique may add a
// numeric suffix beyond it.
const MaxLen = 80

// Make returns a slug for the title s: lower-case ASCII letters, digits and
// single hyphens. Latin letters with diacritics lose them (é → e, ß → ss);
// apostrophes and quote marks vanish without splitting the word ("Jum'at"
// → "jumat"); "&" becomes "dan" and "%" becomes "persen"; dots and commas
// between digits are dropped ("10.000" → "10000"); anything else, including
// letters of other scripts, separates words. The slug is cut to MaxLen
// bytes at a hyphen, or inside the word when the first word alone is
// longer.
//
// Make returns "" when nothing usable remains; any other result satisfies
// warta.ValidSlug. Make(Make(s)) == Make(s).
func Make(s string) string {
	// The loop stops once out exceeds MaxLen, and one step adds at most
	// "-persen", so out never outgrows buf.
	var buf [MaxLen + 16]byte
	out := buf[:0]
	sep := false // a separator is due before the next word character
	word := func(w string) {
		if sep && len(out) > 0 {
			out = append(out, '-')
		}
		sep = false
		out = append(out, w...)
	}
	for i := 0; i < len(s) && len(out) <= MaxLen; {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			word(s[i-size : i])
		case 'A' <= r && r <= 'Z':
			word(lower[r-'A' : r-'A'+1])
		case (r == '.' || r == ',') && !sep && len(out) > 0 && isDigit(out[len(out)-1]) &&
			i < len(s) && isDigit(s[i]):
			// A thousands or decimal separator: "10.000" → "10000".
		case isQuote(r), unicode.Is(unicode.Mn, r):
			// Apostrophes, quote marks and combining accents belong to
			// the word around them.
		case r == '&':
			sep = true
			word("dan")
			sep = true
		case r == '%':
			sep = true
			word("persen")
			sep = true
		default:
			if f := fold(r); f != "" {
				word(f)
			} else {
				sep = true
			}
		}
	}
	return cut(out)
}

// cut shortens a slug to MaxLen bytes at a hyphen if it is longer.
func cut(b []byte) string {
	if len(b) > MaxLen {
		if b[MaxLen] == '-' {
			b = b[:MaxLen]
		} else {
			end := MaxLen
			for i := MaxLen - 1; i > 0; i-- {
				if b[i] == '-' {
					end = i
					break
				}
			}
			b = b[:end]
		}
	}
	return string(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isQuote reports whether r is an apostrophe or quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '\'', '"', '`', '´', '‘', '’', '‚', '‛', '“', '”', '„', '‟',
		'‹', '›', '«', '»', 'ʼ', 'ʻ', '′', '″', '＇', '＂':
		return true
	}
	return false
}

// Unique returns base if taken reports it free, and otherwise the first of
// base-2, base-3 … that is free. base is cut to MaxLen bytes first, like
// Make's output, so a result is at most MaxLen bytes plus the suffix. It
// returns "" for an empty base, and gives up with "" after a million
// taken candidates rather than loop for ever on a broken taken.
func Unique(base string, taken func(string) bool) string {
	base = cut([]byte(base))
	if base == "" {
		return ""
	}
	if !taken(base) {
		return base
	}
	buf := make([]byte, 0, len(base)+8)
	for n := 2; n <= 1_000_000; n++ {
		buf = strconv.AppendInt(append(append(buf[:0], base...), '-'), int64(n), 10)
		if s := string(buf); !taken(s) {
			return s
		}
	}
	return ""
}
