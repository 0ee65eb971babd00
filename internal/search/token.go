package search

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// maxTokenLen drops longer tokens: they are URLs, hashes or run-together
// junk, never words a reader searches for.
const maxTokenLen = 40

// token is one normalised word of a text.
type token struct {
	text string // [a-z0-9] and, inside numbers, '/'
	// upper reports that every letter of the word was written in capitals,
	// as acronyms are ("AS", "DKI").
	upper bool
	// compound is the whole hyphenated word the token came from, parts
	// joined by '-' ("semata-mata"), or "" for a plain word; seq numbers
	// the words of a text so that the parts of one compound can be told
	// apart from repeated words.
	compound string
	seq      int
	// code, when not 0, marks a word of letters then digits, written
	// with or without a hyphen ("U-19", "U19", "COVID-19", "G20"): text
	// is the two joined ("u19") and code is where the digits begin.
	code int
}

// part is one hyphen-separated piece of the word being read.
type part struct {
	start, end       int // in tokenizer.buf
	srcStart, srcEnd int // in tokenizer.src, for reusing its bytes
	letters, uppers  int
}

// tokenizer splits a text into tokens. Words are runs of letters and digits;
// an apostrophe between letters is dropped ("Jum'at" → jumat), a hyphen
// between letters or digits joins the parts of a compound, and '.', ',' and
// '/' between digits keep a number whole (see normalizeNumbers).
type tokenizer struct {
	src   string
	emit  func(token)
	buf   []byte
	parts []part
	pend  class // a joiner seen after the last letter or digit, or clsSpace
	psep  byte  // the number separator pend stands for
	seq   int
	outs  []string
}

// tokenize calls emit for each token of src, in order.
func tokenize(src string, emit func(token)) {
	t := tokenizer{src: src, emit: emit}
	t.run()
}

func (t *tokenizer) run() {
	for i := 0; i < len(t.src); {
		r, size := rune(t.src[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(t.src[i:])
		}
		c, text, upper := fold(r)
		switch c {
		case clsIgnore:
			// Vanishes; a joiner seen before it still counts.
		case clsLetter, clsDigit:
			t.wordRune(c, text, upper, i, i+size)
		case clsApos, clsHyphen, clsNumSep:
			if len(t.parts) > 0 && t.pend == clsSpace {
				t.pend = c
				if c == clsNumSep {
					t.psep = text[0]
				}
			} else {
				t.flush()
			}
		default:
			t.flush()
		}
		i += size
	}
	t.flush()
}

// wordRune adds a letter or digit, first settling a pending joiner.
func (t *tokenizer) wordRune(c class, text string, upper bool, at, end int) {
	if len(t.parts) > 0 && t.pend != clsSpace {
		last := t.buf[len(t.buf)-1]
		lastDigit := '0' <= last && last <= '9'
		switch {
		case t.pend == clsApos && c == clsLetter && !lastDigit:
			// Jum'at: the apostrophe goes, the word goes on.
		case t.pend == clsHyphen:
			t.parts = append(t.parts, part{start: len(t.buf), end: len(t.buf), srcStart: at, srcEnd: at})
		case t.pend == clsNumSep && c == clsDigit && lastDigit:
			t.buf = append(t.buf, t.psep)
		default:
			t.flush()
		}
		t.pend = clsSpace
	}
	if len(t.parts) == 0 {
		t.parts = append(t.parts, part{start: len(t.buf), end: len(t.buf), srcStart: at, srcEnd: at})
	}
	p := &t.parts[len(t.parts)-1]
	t.buf = append(t.buf, text...)
	p.end = len(t.buf)
	p.srcEnd = end
	if c == clsLetter {
		p.letters++
		if upper {
			p.uppers++
		}
	}
}

// flush emits the word read so far: each part of a compound, with its
// numbers normalised, a part equal to the one before it left out, so that
// the reduplication "anak-anak" gives "anak" once.
func (t *tokenizer) flush() {
	t.pend = clsSpace
	if len(t.parts) == 0 {
		return
	}
	t.seq++
	t.outs = t.outs[:0]
	type out struct {
		text  string
		upper bool
	}
	var outs [4]out
	list := outs[:0]
	for _, p := range t.parts {
		b := t.buf[p.start:p.end]
		upper := p.letters > 0 && p.uppers == p.letters
		texts := t.outs[:0]
		switch {
		case hasNumSep(b):
			texts = normalizeNumbers(texts, b)
		case t.src[p.srcStart:p.srcEnd] == string(b):
			texts = append(texts, t.src[p.srcStart:p.srcEnd]) // no copy: the source spells it already
		default:
			texts = append(texts, string(b))
		}
		t.outs = texts
		for _, s := range texts {
			if len(s) == 0 || len(s) > maxTokenLen {
				continue
			}
			if n := len(list); n > 0 && list[n-1].text == s {
				continue
			}
			list = append(list, out{s, upper})
		}
	}
	if len(t.parts) == 2 && len(list) == 2 {
		// "U-19" is the word "U19" written with a hyphen.
		if l, d := list[0], list[1]; isCode(l.text, d.text) {
			list = append(list[:0], out{l.text + d.text, l.upper})
		}
	}
	compound := ""
	if len(t.parts) > 1 && len(list) > 1 {
		parts := make([]string, len(list))
		for i, o := range list {
			parts[i] = o.text
		}
		compound = strings.Join(parts, "-")
	}
	for _, o := range list {
		t.emit(token{text: o.text, upper: o.upper, compound: compound, seq: t.seq, code: codeStart(o.text)})
	}
	t.buf = t.buf[:0]
	t.parts = t.parts[:0]
}

// codeStart is where the digits of a code begin ("u19" → 1), or 0 when s
// is not one: letters then digits and nothing else, the letters not a
// stop word (so "ke-2", the ordinal, stays "2"), 40 bytes at most.
func codeStart(s string) int {
	if s == "" || !isDigit(s[len(s)-1]) {
		return 0
	}
	i := 0
	for i < len(s) && 'a' <= s[i] && s[i] <= 'z' {
		i++
	}
	if !isCode(s[:i], s[i:]) {
		return 0
	}
	return i
}

// isCode reports whether letters and digits joined make a code, as
// codeStart describes.
func isCode(letters, digits string) bool {
	if letters == "" || digits == "" || len(letters)+len(digits) > maxTokenLen {
		return false
	}
	for i := 0; i < len(letters); i++ {
		if c := letters[i]; c < 'a' || 'z' < c {
			return false
		}
	}
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return false
		}
	}
	return !isStop(letters)
}

func hasNumSep(b []byte) bool {
	for _, c := range b {
		if c == '.' || c == ',' || c == '/' {
			return true
		}
	}
	return false
}

// normalizeNumbers appends to out the words that the numbers in b give. It
// rewrites the numbers in one word, whose '.', ',' and '/'
// all stand between digits, so that one value is written one way:
//
//   - '.' or ',' between groups of three digits groups thousands and goes:
//     "10.000" and "10,000" → 10000, "Rp1.500.000" → rp1500000;
//   - a last '.' or ',' before one, two or more than three digits (or after
//     thousands grouped with the other sign) is a decimal point, written
//     "koma" as it is read aloud: "3,5" and "3.5" → 3koma5,
//     "10.000,50" → 10000koma50;
//   - '/' stays: "28/10" and "24/7" are dates and ratios;
//   - anything else ("1.2.3", "192.168.1.1") is split into its numbers.
func normalizeNumbers(out []string, b []byte) []string {
	cur := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		if !isDigit(b[i]) {
			cur = append(cur, b[i])
			i++
			continue
		}
		j := i
		for j < len(b) && (isDigit(b[j]) || b[j] == '.' || b[j] == ',' || b[j] == '/') {
			j++
		}
		mark := len(cur)
		ok := true
		for seg := range bytes.SplitSeq(b[i:j], []byte{'/'}) {
			if len(cur) > mark {
				cur = append(cur, '/')
			}
			if cur, ok = appendNumber(cur, seg); !ok {
				break
			}
		}
		if !ok {
			// Not one number: each run of digits becomes a word, the
			// first and last joined to the letters beside them.
			cur = cur[:mark]
			for k, n := range bytes.FieldsFunc(b[i:j], func(r rune) bool { return !isDigit(byte(r)) }) {
				if k > 0 {
					out = append(out, string(cur))
					cur = cur[:0]
				}
				cur = append(cur, n...)
			}
		}
		i = j
	}
	return append(out, string(cur))
}

// appendNumber appends to dst the digits s holds, grouped by '.' and ',';
// ok is false when the grouping is neither thousands nor thousands with a
// decimal part.
func appendNumber(dst, s []byte) (_ []byte, ok bool) {
	var (
		n          int  // separators seen
		first, sep byte // the first and the latest separator
		start      int  // where the latest group begins
		head       = true
	)
	for i, c := range s {
		if c != '.' && c != ',' {
			continue
		}
		if n == 0 {
			first = c
		} else if sep != first || i-start != 3 {
			head = false // a group before the last one is not a thousands group
		}
		n++
		sep, start = c, i+1
	}
	if n == 0 {
		return append(dst, s...), true
	}
	lastLen := len(s) - start
	decimal := false
	switch {
	case head && sep == first && lastLen == 3:
	case head && (n == 1 || sep != first):
		decimal = true
	default:
		return dst, false
	}
	for i, c := range s {
		switch {
		case isDigit(c):
			dst = append(dst, c)
		case decimal && i == start-1:
			dst = append(dst, "koma"...)
		}
	}
	return dst, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
