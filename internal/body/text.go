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
// leading or trailing white space.
func PlainText(s string) string {
	return plainText(s, '\n')
}

// plainText is PlainText with blocks separated by lineSep.
func plainText(s string, lineSep byte) string {
	w := textWriter{lineSep: lineSep}
	w.b.Grow(len(s) / 2)
	walkText(s, &w)
	return w.b.String()
}

// textWriter builds PlainText. A separator is written only when the next
// word arrives, so separators never lead, trail or repeat.
type textWriter struct {
	b       strings.Builder
	pending breakKind
	lineSep byte
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
		if w.b.Len() > 0 {
			switch w.pending {
			case breakLine:
				w.b.WriteByte(w.lineSep)
			case breakSpace:
				w.b.WriteByte(' ')
			}
		}
		w.pending = breakNone
		w.b.Write(p[:end])
		p = p[end:]
	}
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
	t := plainText(s, ' ')
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
