package wpbody

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readAlsoPrefixes open a "Baca Juga" paragraph, compared in lower case.
var readAlsoPrefixes = []string{"baca juga", "baca pula", "simak juga", "lihat juga"}

// readAlso is the Baca Juga block for p when p is "Baca juga: <a>Title</a>"
// (any case, a colon or not, in bold or not) and its one link is to an
// imported article; nil otherwise.
func (c *converter) readAlso(p *html.Node) *html.Node {
	if c.res.Link == nil {
		return nil
	}
	var links []*html.Node
	c.findAll(p, atom.A, &links)
	if len(links) != 1 {
		return nil
	}
	a := links[0]
	var before, after strings.Builder
	seen := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for ; n != nil; n = n.NextSibling {
			switch {
			case n == a:
				seen = true
			case n.Type == html.TextNode && seen:
				after.WriteString(n.Data)
			case n.Type == html.TextNode:
				before.WriteString(n.Data)
			case n.Type == html.ElementNode:
				visit(n.FirstChild)
			}
		}
	}
	visit(p.FirstChild)
	lead := strings.ToLower(collapse(before.String()))
	ok := false
	for _, prefix := range readAlsoPrefixes {
		if rest, found := strings.CutPrefix(lead, prefix); found && strings.Trim(rest, " :-–—") == "" {
			ok = true
			break
		}
	}
	if !ok || strings.TrimFunc(after.String(), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
		return nil
	}
	title := collapse(textOfNode(a))
	u := c.oldSiteURL(attr(a, "href"))
	if title == "" || u == nil {
		return nil
	}
	path, id, found := c.res.Link(u)
	if !found || id <= 0 || path == "" {
		return nil
	}
	aside := element(atom.Aside)
	setAttr(aside, "class", "baca-juga")
	setAttr(aside, "data-article-id", strconv.FormatInt(id, 10))
	link := element(atom.A)
	setAttr(link, "href", path)
	link.AppendChild(&html.Node{Type: html.TextNode, Data: title})
	aside.AppendChild(link)
	c.done[aside] = true
	c.rep.ReadAlso++
	c.rep.Links++
	return aside
}
