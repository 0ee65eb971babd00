package body

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParagraphCount returns the number of top-level <p> elements in s, the
// paragraphs that are not inside a blockquote, list, figure, table or any
// other element.
func ParagraphCount(s string) int {
	count, _ := scanParagraphs(s, -1, nil)
	return count
}

// InsertAfterParagraph returns s with snippet inserted right after the
// n-th top-level <p> element (1-based), or after the last one when s has
// fewer than n, or at the end when it has none; n below 1 inserts at the
// start. The snippet is trusted HTML and is inserted as it is. A <p>
// nested in another element is never split or counted.
//
// s is expected to be Sanitize output, but unclosed paragraphs and stray
// end tags are handled the way a browser would for the common cases.
// Only the bytes of s are scanned; nothing is re-rendered.
func InsertAfterParagraph(s string, n int, snippet string) string {
	at := 0
	if n >= 1 {
		count, end := scanParagraphs(s, n, nil)
		at = end
		if count == 0 {
			at = len(s)
		}
	}
	var b strings.Builder
	b.Grow(len(s) + len(snippet))
	b.WriteString(s[:at])
	b.WriteString(snippet)
	b.WriteString(s[at:])
	return b.String()
}

// ReadAlsoSlot picks where an inline "Baca Juga" link reads best: after
// the top-level paragraph nearest the middle of the story that is followed
// directly by another paragraph and does not end with a colon (which
// introduces a list or quote). It returns the paragraph's 1-based number
// for InsertAfterParagraph, or the middle paragraph when no such place
// exists.
func ReadAlsoSlot(s string) int {
	var ends []int
	count, _ := scanParagraphs(s, -1, &ends)
	mid := (count + 1) / 2
	if count <= 2 {
		return max(mid, 1)
	}
	good := func(n int) bool {
		end := ends[n-1]
		if !strings.HasPrefix(strings.TrimLeft(s[end:], " \t\r\n"), "<p") {
			return false
		}
		inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[:end]), "</p>"))
		return !strings.HasSuffix(inner, ":")
	}
	for d := 0; d < count; d++ {
		for _, n := range []int{mid + d, mid - d} {
			if n >= 2 && n < count && good(n) {
				return n
			}
		}
	}
	return mid
}

// scanParagraphs counts the top-level paragraphs of s, stopping once it has
// seen stopAt of them (never, if stopAt < 1). end is the byte offset just
// after the last paragraph counted; ends, if not nil, gets every such offset.
func scanParagraphs(s string, stopAt int, ends *[]int) (count, end int) {
	z := html.NewTokenizer(strings.NewReader(s))
	var backing [32]atom.Atom
	open := backing[:0] // elements open around the current token
	off := 0
	closeTop := func(at int) bool {
		open = open[:0]
		count++
		end = at
		if ends != nil {
			*ends = append(*ends, at)
		}
		return count == stopAt
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.StartTagToken:
			a := tagAtom(raw)
			// A block start tag closes an open paragraph, as in "<p>a<p>b".
			if len(open) > 0 && open[0] == atom.P && closesParagraph(a) {
				if closeTop(start) {
					return count, end
				}
			}
			if voidElement(a) {
				continue
			}
			open = append(open, a)
		case html.EndTagToken:
			a := tagAtom(raw)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] != a {
					continue
				}
				if i == 0 && a == atom.P {
					if closeTop(off) {
						return count, end
					}
				}
				open = open[:i]
				break
			}
		}
	}
	if len(open) > 0 && open[0] == atom.P {
		closeTop(len(s))
	}
	return count, end
}

// closesParagraph reports whether a start tag of a ends an open <p>.
func closesParagraph(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Details,
		atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Header, atom.Hr, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.P, atom.Pre, atom.Section, atom.Table, atom.Ul:
		return true
	}
	return false
}

// reReadAlsoBlock matches the editor's "Baca Juga" block in sanitised HTML.
var reReadAlsoBlock = regexp.MustCompile(`(?s)<aside\b[^>]*\bdata-article-id="([0-9]+)"[^>]*>.*?</aside>`)

// HasReadAlso reports whether the body places "Baca Juga" links itself.
func HasReadAlso(s string) bool { return reReadAlsoBlock.MatchString(s) }

// ExpandReadAlso replaces each "Baca Juga" block of the editor with what
// render returns for its article ID — the link as it reads today, or ""
// to drop a block whose article is no longer public.
func ExpandReadAlso(s string, render func(id int64) string) string {
	return reReadAlsoBlock.ReplaceAllStringFunc(s, func(block string) string {
		m := reReadAlsoBlock.FindStringSubmatch(block)
		id, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return ""
		}
		return render(id)
	})
}
