package body

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tagAtom returns the element of a raw start or end tag such as `<P class=x>`
// or `</p>`, or 0 for an unknown or over-long name. It reads the name from
// the raw bytes because Tokenizer.TagName copies on every call, and these
// walks run on every page render.
func tagAtom(raw []byte) atom.Atom {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	var buf [16]byte
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n == len(buf) {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return atom.Lookup(buf[:n])
}

// rawTextElement reports whether the tokenizer reads the content of a as
// raw text, even after a self-closing tag such as `<script/>`.
func rawTextElement(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext,
		atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		return true
	}
	return false
}

// textSink receives what walkText finds.
type textSink interface {
	// text receives visible character data with entities decoded. The
	// slice is only valid during the call.
	text(b []byte)
	// brk receives a boundary between pieces of text.
	brk(k breakKind)
	// full reports whether the sink needs no more text.
	full() bool
}

// walkText streams the visible text of s to sink, with the boundaries that
// block elements, cells and line breaks put between pieces of text.
func walkText(s string, sink textSink) {
	z := html.NewTokenizer(strings.NewReader(s))
	hidden := 0
	for !sink.full() {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if hidden == 0 {
				sink.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			a := tagAtom(z.Raw())
			if hiddenText(a) && (tt == html.StartTagToken || rawTextElement(a)) {
				hidden++
				continue
			}
			if hidden == 0 {
				if k := tagBreak(a); k != breakNone {
					sink.brk(k)
				}
			}
		case html.EndTagToken:
			a := tagAtom(z.Raw())
			if hiddenText(a) {
				if hidden > 0 {
					hidden--
				}
				continue
			}
			if hidden == 0 {
				if k := tagBreak(a); k != breakNone {
					sink.brk(k)
				}
			}
		}
	}
}
