package body

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// policy is the allowlist for article bodies. It is built once and only
// read afterwards; bluemonday policies are safe for concurrent use.
var policy = newPolicy()

// Patterns for attribute values the policy allows.
var (
	reClass   = regexp.MustCompile(`^[a-z0-9 _-]+$`)
	reSize    = regexp.MustCompile(`^[0-9]{1,5}%?$`)
	reSpan    = regexp.MustCompile(`^[1-9][0-9]{0,2}$`)
	reStart   = regexp.MustCompile(`^-?[0-9]{1,9}$`)
	reScope   = regexp.MustCompile(`^(row|col|rowgroup|colgroup)$`)
	reLoading = regexp.MustCompile(`^(lazy|eager)$`)
	reTime    = regexp.MustCompile(`^[0-9A-Za-z:+. -]{1,64}$`)
	reSizes   = regexp.MustCompile(`^[a-zA-Z0-9\s().,:%+*/-]{1,500}$`)
	// A srcset is a comma-separated list of http(s) or scheme-less URLs,
	// each with an optional width or density descriptor. bluemonday does
	// not check srcset URLs itself, so the pattern rules out schemes.
	reSrcset = regexp.MustCompile(`^\s*` + srcsetCandidate + `(\s*,\s*` + srcsetCandidate + `)*\s*$`)
	// Embeds come from a few video players only.
	reEmbed = regexp.MustCompile(`^https://(www\.youtube-nocookie\.com/embed/|www\.youtube\.com/embed/|player\.vimeo\.com/video/)[A-Za-z0-9_\-.~%/?=&;:,+]*$`)
)

// The editor's block markers.
var (
	reReadAlsoClass = regexp.MustCompile(`^baca-juga$`)
	reTargetBlank   = regexp.MustCompile(`^_blank$`)
	reArticleID     = regexp.MustCompile(`^[1-9][0-9]{0,17}$`)
	reEmbedClass    = regexp.MustCompile(`^(embed|image)$`)
	reEmbedURL      = regexp.MustCompile(`^https://(www\.)?(youtube\.com|youtu\.be|x\.com|twitter\.com|instagram\.com)/[A-Za-z0-9_\-.~%/?=&;:,+@!]*$`)
)

const srcsetCandidate = `(https?://[^\s,]+|[^\s,:]+)(\s+[0-9]+(\.[0-9]+)?[wx])?`

func newPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i",
		"u", "s", "sub", "sup", "small", "mark", "code", "pre", "blockquote", "q",
		"cite", "ul", "ol", "li", "figure", "figcaption", "table", "thead",
		"tbody", "tfoot", "tr", "th", "td", "caption", "abbr", "time")
	p.AllowURLSchemes("http", "https", "mailto")
	p.AllowRelativeURLs(true)

	p.AllowAttrs("href").OnElements("a")
	// The editor's "open in a new tab"; setRel adds noopener to it.
	p.AllowAttrs("target").Matching(reTargetBlank).OnElements("a")
	p.AllowAttrs("title").OnElements("a", "abbr", "iframe")
	p.AllowAttrs("cite").OnElements("blockquote")
	p.AllowAttrs("start").Matching(reStart).OnElements("ol")
	p.AllowAttrs("scope").Matching(reScope).OnElements("th")
	p.AllowAttrs("colspan", "rowspan").Matching(reSpan).OnElements("th", "td")
	p.AllowAttrs("datetime").Matching(reTime).OnElements("time")
	p.AllowAttrs("class").Matching(reClass).OnElements("span", "div")

	p.AllowAttrs("src", "alt").OnElements("img")
	p.AllowAttrs("srcset").Matching(reSrcset).OnElements("img")
	p.AllowAttrs("sizes").Matching(reSizes).OnElements("img")
	p.AllowAttrs("width", "height").Matching(reSize).OnElements("img", "iframe")
	p.AllowAttrs("loading").Matching(reLoading).OnElements("img", "iframe")

	// The editor's blocks: an inline "Baca Juga" link to another article
	// and an embed by URL, both expanded when the page is rendered.
	p.AllowElements("aside")
	p.AllowAttrs("class").Matching(reReadAlsoClass).OnElements("aside")
	p.AllowAttrs("data-article-id").Matching(reArticleID).OnElements("aside")
	p.AllowAttrs("class").Matching(reEmbedClass).OnElements("figure")
	p.AllowAttrs("data-embed-url").Matching(reEmbedURL).OnElements("figure")
	p.AllowAttrs("data-media-id").Matching(reArticleID).OnElements("figure")

	p.AllowAttrs("src").Matching(reEmbed).OnElements("iframe")
	p.AllowAttrs("allowfullscreen").OnElements("iframe")
	return p
}

// Sanitize returns html reduced to what an article body may contain:
// paragraphs, h2–h4 headings, lists, quotes, inline emphasis, links
// (http, https, mailto and relative), images, tables, figures and video
// embeds from YouTube and Vimeo. Everything else — scripts, styles, event
// handlers, forms, objects, unknown elements — is removed, keeping the
// text of harmless wrappers.
//
// Before the allowlist runs, pasted Google Docs and word-processor markup
// is tidied: the invisible <b id="docs-internal-guid-…"> wrapper is
// removed, styled bold and italic spans become <strong> and <em>, <h1>
// becomes <h2> (the page owns its one h1), h5/h6 become h4, and other
// block containers (section, details, dl …) become plain divs, whose text
// ends up in paragraphs rather than run into its neighbours. After it,
// empty paragraphs, headings, lists and tables, class-less spans, stray
// <br>s and runs of no-break spaces are removed; class-less divs and loose
// top-level text become paragraphs; external links get rel="noopener";
// and top-level blocks are put on their own lines so revisions diff well.
//
// Markup nested more than 512 elements deep, which the HTML parser
// refuses, is reduced to its plain text in paragraphs.
//
// Sanitize is idempotent: Sanitize(Sanitize(s)) == Sanitize(s).
func Sanitize(s string) string {
	tidied, ok := transform(s, tidyPaste)
	if !ok {
		return textParagraphs(s)
	}
	out, ok := transform(policy.Sanitize(tidied), cleanUp)
	// Removing wrappers can leave nestings the parser never builds, such
	// as a heading inside a heading, which the next parse rearranges.
	// Clean until the output is what a parse gives back, so that Sanitize
	// is idempotent.
	for pass := 0; ok && pass < maxCleanPasses; pass++ {
		var again string
		if again, ok = transform(out, cleanUp); again == out {
			break
		}
		out = again
	}
	if !ok {
		return textParagraphs(s)
	}
	return out
}

// textParagraphs is Sanitize for input the HTML parser rejects (it
// refuses nesting deeper than 512 elements): the plain text, each line in
// a paragraph of its own.
func textParagraphs(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(PlainText(s), "\n") {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(line))
		b.WriteString("</p>")
	}
	if b.Len() == len("<p></p>") {
		return ""
	}
	return b.String()
}

// maxCleanPasses bounds the clean-up passes after the first; each pass
// only removes markup, so two are rarely needed.
const maxCleanPasses = 4

// transform parses s as the content of a <body>, applies fix to that body
// and renders its content, one top-level block per line. It reports false
// if s cannot be parsed or the result rendered.
func transform(s string, fix func(body *html.Node)) (string, bool) {
	root := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), root)
	if err != nil {
		return "", false
	}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	fix(root)
	var b strings.Builder
	b.Grow(len(s))
	var prev *html.Node
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode && blankText(n.Data) &&
			(isBlock(n.PrevSibling) || isBlock(n.NextSibling)) {
			continue // white space next to a block shows nothing
		}
		if isBlock(prev) && isBlock(n) {
			b.WriteByte('\n')
		}
		if err := html.Render(&b, n); err != nil {
			return "", false
		}
		prev = n
	}
	return strings.Trim(b.String(), " \t\n\r\f"), true
}

// isBlock reports whether n is a block element whose surrounding white
// space does not show, or nil (the start or end of the body).
func isBlock(n *html.Node) bool {
	if n == nil {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Blockquote, atom.Figure, atom.Table, atom.Pre,
		atom.Hr, atom.Div, atom.Aside:
		return true
	}
	return false
}

// isReadAlso reports whether n is the editor's "Baca Juga" block, the
// one aside an article body keeps.
func isReadAlso(n *html.Node) bool {
	class, id := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val == "baca-juga"
		case "data-article-id":
			id = reArticleID.MatchString(a.Val)
		}
	}
	return class && id
}

// tidyPaste rewrites the markup that Google Docs and word processors put
// on the clipboard, while the style and id attributes that identify it
// are still there.
func tidyPaste(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		tidyPaste(c)
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.H1:
				rename(c, atom.H2)
			case atom.H5, atom.H6:
				rename(c, atom.H4)
			case atom.Aside:
				if !isReadAlso(c) {
					rename(c, atom.Div)
					c.Attr = nil
				}
			case atom.Address, atom.Article, atom.Center, atom.Details,
				atom.Dl, atom.Dd, atom.Dt, atom.Fieldset, atom.Footer, atom.Header,
				atom.Hgroup, atom.Legend, atom.Main, atom.Nav, atom.Section,
				atom.Summary:
				// Blocks the allowlist drops still separate their text.
				rename(c, atom.Div)
				c.Attr = nil
			case atom.B, atom.Strong:
				if strings.HasPrefix(attr(c, "id"), "docs-internal-guid") || notBold(styleOf(c)) {
					unwrap(c)
				}
			case atom.Span:
				style := styleOf(c)
				if isBold(style) {
					wrapChildren(c, atom.Strong)
				}
				if isItalic(style) {
					wrapChildren(c, atom.Em)
				}
			}
		}
		c = next
	}
}

// cleanUp removes what is left of pasted markup after the allowlist ran,
// adds rel="noopener" to external links and tidies white space.
func cleanUp(root *html.Node) {
	cleanTree(root)
	cleanText(root, false)
}

// cleanTree cleans n's descendants, deepest first, so that an element
// emptied by the removal of its children is removed in turn.
func cleanTree(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			cleanTree(c)
			cleanElement(c)
		}
		c = next
	}
	switch n.DataAtom {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.Li, atom.Blockquote,
		atom.Figcaption, atom.Td, atom.Th:
		trimBreaks(n, false)
	case atom.Body:
		wrapRuns(n)
		trimBreaks(n, true)
	}
}

// wrapRuns puts each run of n's inline children that holds text into a
// new paragraph, so that loose text ends up in <p> elements like the rest.
func wrapRuns(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		if groupsBlocks(c) {
			c = c.NextSibling
			continue
		}
		first, last := c, c
		for last.NextSibling != nil && !groupsBlocks(last.NextSibling) {
			last = last.NextSibling
		}
		c = last.NextSibling
		if !hasText(first, last) {
			continue
		}
		p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
		n.InsertBefore(p, first)
		for m := first; m != c; {
			next := m.NextSibling
			n.RemoveChild(m)
			p.AppendChild(m)
			m = next
		}
		if t := p.FirstChild; t.Type == html.TextNode {
			t.Data = strings.TrimLeftFunc(t.Data, unicode.IsSpace)
		}
		if t := p.LastChild; t.Type == html.TextNode {
			t.Data = strings.TrimRightFunc(t.Data, unicode.IsSpace)
		}
		trimBreaks(p, false)
	}
}

// groupsBlocks reports whether n cannot go into a paragraph: a block, an
// embed, or an inline element holding a block (as in "<b><p>…</p></b>").
func groupsBlocks(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul,
		atom.Ol, atom.Li, atom.Dl, atom.Blockquote, atom.Figure, atom.Figcaption,
		atom.Table, atom.Caption, atom.Pre, atom.Hr, atom.Div, atom.Iframe, atom.Aside:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if groupsBlocks(c) {
			return true
		}
	}
	return false
}

// hasText reports whether the siblings first to last hold non-blank text.
func hasText(first, last *html.Node) bool {
	for m := first; ; m = m.NextSibling {
		if m.Type == html.TextNode && !blankText(m.Data) || m.Type == html.ElementNode && hasTextInside(m) {
			return true
		}
		if m == last {
			return false
		}
	}
}

func hasTextInside(n *html.Node) bool {
	return n.FirstChild != nil && hasText(n.FirstChild, n.LastChild)
}

// cleanText merges the adjacent text nodes that removals left behind, as
// the parser would on the next pass, and collapses no-break space runs
// outside <pre>.
func cleanText(n *html.Node, pre bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			for c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
				c.Data += c.NextSibling.Data
				n.RemoveChild(c.NextSibling)
			}
			if !pre {
				c.Data = collapseNbsp(c.Data)
			}
		case html.ElementNode:
			cleanText(c, pre || c.DataAtom == atom.Pre)
		}
	}
}

// cleanElement fixes or removes one element whose children are clean.
func cleanElement(c *html.Node) {
	switch c.DataAtom {
	case atom.Iframe:
		// The parser keeps an iframe's fallback content as raw text that
		// would be rendered unescaped; browsers that show iframes never
		// show it.
		for c.FirstChild != nil {
			c.RemoveChild(c.FirstChild)
		}
		if !hasAttr(c, "src") {
			c.Parent.RemoveChild(c)
		}
	case atom.Img:
		if !hasAttr(c, "src") {
			c.Parent.RemoveChild(c)
		}
	case atom.A:
		if !hasAttr(c, "href") || !meaningful(c) {
			unwrap(c)
			return
		}
		setRel(c)
	case atom.Span:
		if len(c.Attr) == 0 {
			unwrap(c)
		}
	case atom.Div:
		// A plain div is a paragraph or a group of blocks; keep the
		// breaks it made when removing it.
		if len(c.Attr) == 0 {
			wrapRuns(c)
			unwrap(c)
		}
	case atom.P, atom.H2, atom.H3, atom.H4, atom.Ul, atom.Ol, atom.Li,
		atom.Blockquote, atom.Figure, atom.Figcaption, atom.Table, atom.Caption,
		atom.Pre:
		if !meaningful(c) {
			c.Parent.RemoveChild(c)
		}
	case atom.Strong, atom.B, atom.Em, atom.I, atom.U, atom.S, atom.Sub,
		atom.Sup, atom.Small, atom.Mark, atom.Code, atom.Q, atom.Cite,
		atom.Abbr, atom.Time:
		if !meaningful(c) {
			unwrap(c)
		}
	}
}

// trimBreaks removes <br> elements at the start and end of n (ignoring
// white space). In the body itself it also removes any <br> between
// blocks, which pasted documents use as spacing.
func trimBreaks(n *html.Node, body bool) {
	isBr := func(c *html.Node) bool { return c != nil && c.Type == html.ElementNode && c.DataAtom == atom.Br }
	skipBlank := func(c *html.Node, forward bool) *html.Node {
		for c != nil && c.Type == html.TextNode && blankText(c.Data) {
			if forward {
				c = c.NextSibling
			} else {
				c = c.PrevSibling
			}
		}
		return c
	}
	for c := skipBlank(n.FirstChild, true); isBr(c); c = skipBlank(n.FirstChild, true) {
		n.RemoveChild(c)
	}
	for c := skipBlank(n.LastChild, false); isBr(c); c = skipBlank(n.LastChild, false) {
		n.RemoveChild(c)
	}
	if !body {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if isBr(c) && (isBlock(skipBlank(c.PrevSibling, false)) || isBlock(skipBlank(c.NextSibling, true))) {
			n.RemoveChild(c)
		}
		c = next
	}
}

// meaningful reports whether n shows anything: text other than white
// space, an image or an embed.
func meaningful(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !blankText(c.Data) {
				return true
			}
		case html.ElementNode:
			if c.DataAtom == atom.Img || c.DataAtom == atom.Iframe || c.DataAtom == atom.Hr || meaningful(c) {
				return true
			}
		}
	}
	return false
}

// blankText reports whether s is only white space, no-break spaces included.
func blankText(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// collapseNbsp replaces each run of white space that contains a no-break
// space and is longer than one character with a single space. A lone
// no-break space, as in "Rp&nbsp;10.000", is deliberate and stays.
func collapseNbsp(s string) string {
	if !strings.Contains(s, "\u00a0") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j, runes, nbsp := i, 0, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			nbsp = nbsp || r == '\u00a0'
			runes++
			j += size
		}
		if nbsp && runes > 1 {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// setRel marks links that leave the site or open a new tab with
// rel="noopener" and drops any other rel value.
func setRel(a *html.Node) {
	href := attr(a, "href")
	external := attr(a, "target") == "_blank" || strings.HasPrefix(href, "//") ||
		strings.HasPrefix(strings.ToLower(href), "http://") ||
		strings.HasPrefix(strings.ToLower(href), "https://")
	attrs := a.Attr[:0]
	for _, at := range a.Attr {
		if at.Key != "rel" {
			attrs = append(attrs, at)
		}
	}
	a.Attr = attrs
	if external {
		a.Attr = append(a.Attr, html.Attribute{Key: "rel", Val: "noopener"})
	}
}

// styleOf returns the declarations of n's style attribute, lower-cased,
// as property → value.
func styleOf(n *html.Node) map[string]string {
	s := attr(n, "style")
	if s == "" {
		return nil
	}
	m := make(map[string]string)
	for decl := range strings.SplitSeq(strings.ToLower(s), ";") {
		k, v, ok := strings.Cut(decl, ":")
		if ok {
			v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
			m[strings.TrimSpace(k)] = v
		}
	}
	return m
}

func isBold(style map[string]string) bool {
	switch style["font-weight"] {
	case "bold", "bolder", "600", "700", "800", "900":
		return true
	}
	return false
}

func notBold(style map[string]string) bool {
	switch style["font-weight"] {
	case "normal", "lighter", "100", "200", "300", "400", "500":
		return true
	}
	return false
}

func isItalic(style map[string]string) bool {
	v := style["font-style"]
	return v == "italic" || v == "oblique"
}

// attr returns the value of n's attribute key, or "".
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

// rename turns element n into element a, keeping its attributes.
func rename(n *html.Node, a atom.Atom) {
	n.DataAtom = a
	n.Data = a.String()
}

// unwrap replaces n with its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		p.InsertBefore(c, n)
	}
	p.RemoveChild(n)
}

// wrapChildren moves n's children into a new element a inside n.
func wrapChildren(n *html.Node, a atom.Atom) {
	w := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		w.AppendChild(c)
	}
	n.AppendChild(w)
}
