// Package markdown turns a Markdown article body into HTML under a budget.
//
// The converter (goldmark) does work that grows faster than its input for
// some shapes: every "](" rescans the rest of its line for a link
// destination, an unclosed title or label rescans the rest of its
// paragraph, and each level of block quote or list nesting rescans the
// line. 160 KB of "[a](" cost seconds of CPU, and a conversion cannot be
// stopped once started. So the input is measured first, in one linear
// pass, and a body whose shape would cost more than the budget is refused
// before any parsing: nothing super-linear ever runs, and nothing is left
// burning a core after the client has gone.
package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark"

	"warta"
)

const (
	// MaxBytes bounds a Markdown body. It is below the 2 MiB limit on the
	// stored HTML (a long feature is under 100 KB of Markdown), so that
	// even the linear parts of the conversion stay well under a second.
	MaxBytes = 256 << 10
	// MaxDepth bounds block quote and list markers opened on one line:
	// each level makes the parser walk the line again.
	MaxDepth = 16
	// MaxScan bounds the rescanning that link and title openers may cause:
	// the sum, over the openers ('[', '<') in each paragraph, of the bytes
	// from the opener to the paragraph's end. Prose with links spends a
	// few thousand; 160 KB of "[a](" would spend billions.
	MaxScan = 32 << 20
	// MaxDelimiters bounds the emphasis delimiters ('*', '_') in one
	// paragraph: unmatched ones are compared with each other.
	MaxDelimiters = 2048
)

// Check measures src without parsing it and says why it is refused: too
// large (ETOOLARGE) or shaped to cost more than the budget (EINVALID).
func Check(src []byte) error {
	if len(src) > MaxBytes {
		return &warta.Error{Code: warta.ETOOLARGE, Key: "error.markdown_too_large", Args: []any{MaxBytes >> 10},
			Message: fmt.Sprintf("body_markdown is over %d KiB", MaxBytes>>10)}
	}
	var scan int64
	for para := range paragraphs(src) {
		if d := depth(para); d > MaxDepth {
			return &warta.Error{Code: warta.EINVALID, Key: "error.markdown_too_deep", Args: []any{MaxDepth},
				Message: fmt.Sprintf("body_markdown nests quotes or lists deeper than %d levels", MaxDepth)}
		}
		delims := 0
		for i, c := range para {
			switch c {
			case '[', '<':
				scan += int64(len(para) - i)
			case '*', '_':
				delims++
			}
		}
		if delims > MaxDelimiters {
			return &warta.Error{Code: warta.EINVALID, Key: "error.markdown_too_complex",
				Message: "body_markdown has too many unclosed links, titles, tags or emphasis marks in one paragraph"}
		}
		if scan > MaxScan {
			return &warta.Error{Code: warta.EINVALID, Key: "error.markdown_too_complex",
				Message: "body_markdown has too many unclosed links, titles, tags or emphasis marks in one paragraph"}
		}
	}
	return nil
}

// Convert checks src (see Check) and converts it to HTML. The HTML still
// goes through the body sanitiser like any other body.
func Convert(src []byte) (string, error) {
	if err := Check(src); err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := goldmark.Convert(src, &buf); err != nil {
		return "", &warta.Error{Code: warta.EINVALID, Key: "error.bad_markdown", Message: "the Markdown could not be converted"}
	}
	return buf.String(), nil
}

// paragraphs yields the stretches of src an unclosed opener may rescan:
// runs of lines up to a blank line or a line that opens a new block (a
// quote, list item, heading or fence), which also ends inline content.
// Each starts at a line's first byte, so depth can read its markers.
func paragraphs(src []byte) func(func([]byte) bool) {
	return func(yield func([]byte) bool) {
		start := 0
		for i := 0; i <= len(src); {
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src)
			} else {
				end += i
			}
			line := src[i:end]
			if i > start && (blank(line) || opensBlock(line)) {
				if !yield(src[start:i]) {
					return
				}
				start = i
			}
			i = end + 1
		}
		if start < len(src) {
			yield(src[start:])
		}
	}
}

// blank reports a line of only spaces and tabs.
func blank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r")) == 0
}

// opensBlock reports a line that starts a quote, list item, heading or
// fenced code block.
func opensBlock(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	if len(line) == 0 {
		return false
	}
	switch line[0] {
	case '>', '#', '`', '~':
		return true
	}
	return marker(line) > 0
}

// depth counts the quote and list markers that open at the start of the
// first line of para ("> > - 1. text" is four), and a level for every
// four columns of indentation before them (lists nested by indenting).
func depth(para []byte) int {
	d := 0
	line := para
	for {
		indent := 0
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			indent++
		}
		d, line = d+indent/4, line[indent:]
		if len(line) == 0 || d > MaxDepth {
			return d
		}
		n := 1
		if line[0] != '>' {
			if n = marker(line); n == 0 {
				return d
			}
		}
		d, line = d+1, line[n:]
		if d > MaxDepth {
			return d
		}
	}
}

// marker is the length of a list marker ("-", "*", "+", "12." or "3)")
// followed by a space, tab or the line's end at the start of line, or 0.
func marker(line []byte) int {
	n := 0
	switch {
	case line[0] == '-' || line[0] == '*' || line[0] == '+':
		n = 1
	default:
		for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(line) || (line[n] != '.' && line[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(line) && line[n] != ' ' && line[n] != '\t' && line[n] != '\n' && line[n] != '\r' {
		return 0
	}
	return n
}
