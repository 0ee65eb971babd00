package wpbody

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Small helpers over the HTML tree and tokens.

func element(a atom.Atom) *html.Node {
	return &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

func attrInt(n *html.Node, key string) int64 {
	v, err := strconv.ParseInt(strings.TrimSpace(attr(n, key)), 10, 64)
	if err != nil || v < 0 {
		return 0
	}
	return v
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func removeAttr(n *html.Node, key string) {
	out := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != key {
			out = append(out, a)
		}
	}
	n.Attr = out
}

func rename(n *html.Node, a atom.Atom) {
	n.DataAtom, n.Data = a, a.String()
}

// unwrap replaces n with its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for ch := n.FirstChild; ch != nil; ch = n.FirstChild {
		n.RemoveChild(ch)
		p.InsertBefore(ch, n)
	}
	p.RemoveChild(n)
}

// replace puts r in n's place.
func replace(n, r *html.Node) {
	n.Parent.InsertBefore(r, n)
	n.Parent.RemoveChild(n)
}

// findAll appends n's descendants of kind a, in document order, skipping
// the blocks conversion made.
func (c *converter) findAll(n *html.Node, a atom.Atom, out *[]*html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || c.done[ch] {
			continue
		}
		if ch.DataAtom == a {
			*out = append(*out, ch)
		}
		c.findAll(ch, a, out)
	}
}

// blockNode reports whether n is an element that does not sit in a run
// of inline content.
func blockNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.U, atom.S,
		atom.Sub, atom.Sup, atom.Small, atom.Mark, atom.Code, atom.Q, atom.Cite,
		atom.Abbr, atom.Time, atom.Img, atom.Br:
		return false
	}
	return true
}

func textOfNode(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type == html.TextNode {
				b.WriteString(ch.Data)
			} else {
				visit(ch)
			}
		}
	}
	visit(n)
	return b.String()
}

// textOf is the text of an HTML fragment, tags removed and entities
// decoded.
func textOf(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		}
	}
}

// firstAttr is attribute key of the first tag element in the fragment s.
func firstAttr(s, tag, key string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			if t := z.Token(); t.Data == tag {
				if v := tokenAttr(t, key); v != "" {
					return v
				}
			}
		}
	}
}

// firstText is the text inside the first tag element in the fragment s.
func firstText(s, tag string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	depth := 0
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			if t := z.Token(); t.Data == tag {
				depth++
			}
		case html.EndTagToken:
			if t := z.Token(); t.Data == tag && depth > 0 {
				return b.String()
			}
		case html.TextToken:
			if depth > 0 {
				b.Write(z.Text())
			}
		}
	}
}

func tokenAttr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func escape(s string) string { return html.EscapeString(s) }

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func orElse(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}
