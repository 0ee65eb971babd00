package body

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PlainText returns the text a reader sees in the HTML s: entities decoded,
// scripts, styles and embeds left out, each block element (paragraph,
// heading, list item, table row …) on its own line, table cells and images
// separating words with a space, and every other run of white space
// (including no-break spaces) collapsed to one space. The result has no
// leading or trailing white space and is valid UTF-8.
func PlainText(s string) string {
	return plainText(s, '\n', 0)
}

// plainText is PlainText with blocks separated by lineSep. With a limit
// above 0 it stops soon after the text has more than limit runes.
func plainText(s string, lineSep byte, limit int) string {
	w := textWriter{lineSep: lineSep, limit: limit}
	if limit == 0 {
		w.b.Grow(len(s) / 2)
	}
	walkText(s, &w)
	return w.b.String()
}

// textWriter builds PlainText. A separator is written only when the next
// word arrives, so separators never lead, trail or repeat.
type textWriter struct {
	b       strings.Builder
	pending breakKind
	lineSep byte
	limit   int // in runes; 0 for none
	runes   int
}

func (w *textWriter) full() bool {
	return w.limit > 0 && w.runes > w.limit
}

func (w *textWriter) brk(k breakKind) {
	w.pending = max(w.pending, k)
}

func (w *textWriter) text(p []byte) {
	for len(p) > 0 {
		// Skip white space, remembering it as a word break.
		r, size := utf8.DecodeRune(p)
		if unicode.IsSpace(r) {
			w.pending = max(w.pending, breakSpace)
			p = p[size:]
			continue
		}
		end := size
		for end < len(p) {
			r, size := utf8.DecodeRune(p[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += size
		}
		if w.b.Len() > 0 && w.pending != breakNone {
			sep := byte(' ')
			if w.pending == breakLine {
				sep = w.lineSep
			}
			w.b.WriteByte(sep)
			w.runes++
		}
		w.pending = breakNone
		w.runes += writeValid(&w.b, p[:end])
		p = p[end:]
	}
}

// writeValid writes p to b with each byte that is not UTF-8 replaced by
// U+FFFD, so that bytes from separate text nodes cannot join into a
// character, and returns the number of runes written.
func writeValid(b *strings.Builder, p []byte) int {
	if utf8.Valid(p) {
		b.Write(p)
		return utf8.RuneCount(p)
	}
	n := 0
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(p[:size])
		}
		p = p[size:]
		n++
	}
	return n
}

// WordCount returns the number of words in PlainText(s): white-space
// separated tokens that contain at least one letter or digit, so a lone
// dash or bullet is not a word. It walks the HTML without building the
// plain text.
func WordCount(s string) int {
	var c wordCounter
	walkText(s, &c)
	c.endWord()
	return c.n
}

// wordCounter counts words the way strings.Fields would split PlainText.
type wordCounter struct {
	n        int
	inWord   bool
	hasAlnum bool
}

func (c *wordCounter) full() bool { return false }

func (c *wordCounter) endWord() {
	if c.inWord && c.hasAlnum {
		c.n++
	}
	c.inWord, c.hasAlnum = false, false
}

func (c *wordCounter) brk(k breakKind) {
	if k != breakNone {
		c.endWord()
	}
}

func (c *wordCounter) text(p []byte) {
	for i := 0; i < len(p); {
		b := p[i]
		if b < utf8.RuneSelf {
			i++
			switch {
			case b == ' ', b == '\n', b == '\t', b == '\r', b == '\f', b == '\v':
				c.endWord()
			case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
				c.inWord, c.hasAlnum = true, true
			default:
				c.inWord = true
			}
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			c.endWord()
		case unicode.IsLetter(r), unicode.IsDigit(r):
			c.inWord, c.hasAlnum = true, true
		default:
			c.inWord = true
		}
	}
}

// Excerpt returns PlainText(s) on one line, cut to at most maxRunes runes
// including a trailing "…" when it had to be cut. It cuts at the last word
// boundary that fits, dropping punctuation left dangling before the
// ellipsis; a single word longer than the limit is cut inside the word.
// A maxRunes below 1 gives "".
func Excerpt(s string, maxRunes int) string {
	if maxRunes < 1 {
		return ""
	}
	t := plainText(s, ' ', maxRunes)
	if utf8.RuneCountInString(t) <= maxRunes {
		return t
	}
	// Byte offset of rune maxRunes-1: everything before it fits with the
	// ellipsis.
	end, n := 0, 0
	for end < len(t) && n < maxRunes-1 {
		_, size := utf8.DecodeRuneInString(t[end:])
		end += size
		n++
	}
	cut := t[:end]
	if end < len(t) && t[end] != ' ' {
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
	}
	if trimmed := strings.TrimRight(cut, " ,;:-–—([{\"'“‘"); trimmed != "" {
		cut = trimmed
	}
	return cut + "…"
}
