package wpbody

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rewrite is the final pass over the converted HTML: figures and
// standalone images become library photos, image-less WordPress figures
// and gallery lists are unwrapped, "Baca Juga" paragraphs become blocks,
// paragraphs holding only an embeddable URL become embeds, and the links
// and images left point at the new site. HTML the parser refuses (nesting
// deeper than 512) is returned as it is, for the sanitiser to flatten.
func (c *converter) rewrite(s string) string {
	root := element(atom.Body)
	nodes, err := html.ParseFragment(strings.NewReader(s), root)
	if err != nil {
		return s
	}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	c.done = map[*html.Node]bool{}
	c.walk(root)
	c.standaloneRuns(root)
	c.sweep(root)
	var b strings.Builder
	b.Grow(len(s))
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if err := html.Render(&b, n); err != nil {
			return s
		}
	}
	return b.String()
}

// walk fixes n's descendants, deepest first.
func (c *converter) walk(n *html.Node) {
	for ch := n.FirstChild; ch != nil; {
		next := ch.NextSibling
		if ch.Type == html.ElementNode {
			if c.markDone(ch) {
				ch = next
				continue
			}
			c.walk(ch)
			c.fix(ch)
		}
		ch = next
	}
}

// markDone reports whether n is a block made by conversion or already in
// Warta's markup, which the final pass leaves as it is.
func (c *converter) markDone(n *html.Node) bool {
	switch {
	case hasAttr(n, doneAttr):
		removeAttr(n, doneAttr)
	case n.DataAtom == atom.Figure && attr(n, "class") == "image" && hasAttr(n, "data-media-id"),
		n.DataAtom == atom.Figure && attr(n, "class") == "embed" && hasAttr(n, "data-embed-url"),
		n.DataAtom == atom.Aside && attr(n, "class") == "baca-juga" && hasAttr(n, "data-article-id"):
	default:
		return false
	}
	c.done[n] = true
	return true
}

// fix converts one element whose descendants are fixed.
func (c *converter) fix(n *html.Node) {
	switch n.DataAtom {
	case atom.Figure:
		c.figure(n)
	case atom.P:
		if r := c.readAlso(n); r != nil {
			replace(n, r)
			return
		}
		if e := c.urlParagraph(n); e != nil {
			replace(n, e)
			return
		}
		if img := standaloneImage(n.FirstChild, nil); img != nil {
			if f := c.imageFigure(img, "", "", false); f != nil {
				replace(n, f)
			}
		}
	case atom.Div:
		c.standaloneRuns(n)
		n.Attr = nil // WordPress's layout classes; the sanitiser unwraps plain divs
	case atom.Ul, atom.Ol:
		c.galleryList(n)
	}
}

// figure turns a WordPress figure into photos: one per image, the
// caption from its figcaption. A figure without images (pullquote,
// table, embed) is unwrapped, its caption becoming a paragraph.
func (c *converter) figure(n *html.Node) {
	var imgs []*html.Node
	c.findAll(n, atom.Img, &imgs)
	if len(imgs) == 0 {
		var caps []*html.Node
		c.findAll(n, atom.Figcaption, &caps)
		for _, fc := range caps {
			rename(fc, atom.P)
			fc.Attr = nil
		}
		unwrap(n)
		return
	}
	var figs []*html.Node
	for _, img := range imgs {
		// The caption is the figcaption of the image's own figure or
		// gallery item, or of this figure when it holds one image.
		scope := n
		for a := img.Parent; a != n && a != nil; a = a.Parent {
			if a.DataAtom == atom.Li || a.DataAtom == atom.Figure {
				scope = a
				break
			}
		}
		caption := ""
		if scope != n || len(imgs) == 1 {
			var caps []*html.Node
			c.findAll(scope, atom.Figcaption, &caps)
			if len(caps) > 0 {
				caption = collapse(textOfNode(caps[0]))
			}
		}
		text, credit := splitCredit(caption)
		if f := c.imageFigure(img, text, credit, true); f != nil {
			figs = append(figs, f)
		}
	}
	for _, f := range figs {
		n.Parent.InsertBefore(f, n)
	}
	n.Parent.RemoveChild(n)
}

// imageFigure is the photo figure for img (see photoNode for keep).
func (c *converter) imageFigure(img *html.Node, caption, credit string, keep bool) *html.Node {
	id := classID(attr(img, "class"))
	for _, k := range []string{"data-wp-id", "data-id"} {
		if v := attrInt(img, k); v > 0 {
			id = v
			break
		}
	}
	f := c.photoNode(photo{src: attr(img, "src"), id: id, alt: attr(img, "alt"), caption: caption, credit: credit}, keep)
	if f != nil {
		c.done[f] = true
		removeAttr(f, doneAttr)
	}
	return f
}

// standaloneRuns turns each image that stands alone in a run of inline
// content of n — no text around it, perhaps inside a link — into a photo
// in the run's place.
func (c *converter) standaloneRuns(n *html.Node) {
	for ch := n.FirstChild; ch != nil; {
		if blockNode(ch) {
			ch = ch.NextSibling
			continue
		}
		end := ch
		for end.NextSibling != nil && !blockNode(end.NextSibling) {
			end = end.NextSibling
		}
		next := end.NextSibling
		if img := standaloneImage(ch, next); img != nil {
			if f := c.imageFigure(img, "", "", false); f != nil {
				n.InsertBefore(f, ch)
				for m := ch; m != next; {
					after := m.NextSibling
					n.RemoveChild(m)
					m = after
				}
			}
		}
		ch = next
	}
}

// standaloneImage returns the one image in the siblings from first up to
// (not including) stop when they hold nothing else that shows.
func standaloneImage(first, stop *html.Node) *html.Node {
	var img *html.Node
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for ; ok && n != nil && n != stop; n = n.NextSibling {
			switch n.Type {
			case html.TextNode:
				if strings.TrimSpace(strings.ReplaceAll(n.Data, "\u00a0", " ")) != "" {
					ok = false
				}
			case html.ElementNode:
				switch n.DataAtom {
				case atom.Img:
					if img != nil {
						ok = false
					}
					img = n
				case atom.Br:
				case atom.A, atom.Span, atom.Strong, atom.B, atom.Em, atom.I:
					visit(n.FirstChild)
				default:
					ok = false
				}
			}
		}
	}
	visit(first)
	if !ok {
		return nil
	}
	return img
}

// galleryList unwraps a list whose items hold only photos, as an old
// Gutenberg gallery saves them.
func (c *converter) galleryList(n *html.Node) {
	found := false
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.TextNode && strings.TrimSpace(li.Data) == "":
		case li.Type == html.ElementNode && li.DataAtom == atom.Li:
			for ch := li.FirstChild; ch != nil; ch = ch.NextSibling {
				switch {
				case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) == "":
				case c.done[ch] && ch.DataAtom == atom.Figure:
					found = true
				default:
					return
				}
			}
		default:
			return
		}
	}
	if !found {
		return
	}
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		for ch := li.FirstChild; ch != nil; {
			next := ch.NextSibling
			if c.done[ch] {
				li.RemoveChild(ch)
				n.Parent.InsertBefore(ch, n)
			}
			ch = next
		}
	}
	n.Parent.RemoveChild(n)
}

// urlParagraph is the embed for a paragraph that holds only an
// embeddable URL, as text or as a link showing its own address (WordPress
// embeds these too).
func (c *converter) urlParagraph(p *html.Node) *html.Node {
	ch := p.FirstChild
	if ch == nil || ch.NextSibling != nil {
		return nil
	}
	raw := ""
	switch {
	case ch.Type == html.TextNode:
		raw = strings.TrimSpace(ch.Data)
	case ch.DataAtom == atom.A && ch.FirstChild != nil && ch.FirstChild == ch.LastChild && ch.FirstChild.Type == html.TextNode &&
		strings.TrimSpace(ch.FirstChild.Data) == attr(ch, "href"):
		raw = attr(ch, "href")
	}
	if !strings.HasPrefix(raw, "http") || strings.ContainsAny(raw, " \t\n") {
		return nil
	}
	if u := embedURL(raw); !reEmbedURL.MatchString(u) {
		return nil
	}
	frag := c.embed(raw)
	nodes, err := html.ParseFragment(strings.NewReader(frag), element(atom.Body))
	if err != nil || len(nodes) != 1 {
		return nil
	}
	count(&c.rep.Shortcodes, "embed")
	c.done[nodes[0]] = true
	return nodes[0]
}

// sweep points the links and images left at the new site.
func (c *converter) sweep(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || c.done[ch] {
			continue
		}
		switch ch.DataAtom {
		case atom.A:
			c.link(ch)
		case atom.Img:
			c.inlineImage(ch)
		}
		c.sweep(ch)
	}
}

// link points a link to the old site at the new address of what it
// pointed at: a page, post or archive through Link, an image file through
// Image. Links the resolver does not know stay as they are.
func (c *converter) link(a *html.Node) {
	u := c.oldSiteURL(attr(a, "href"))
	if u == nil {
		return
	}
	if c.res.Link != nil {
		if p, _, ok := c.res.Link(u); ok && p != "" {
			setAttr(a, "href", p)
			c.rep.Links++
			return
		}
	}
	if c.res.Image != nil && imageFile(u.Path) {
		if m, ok := c.res.Image(u, 0); ok && m.Src != "" {
			setAttr(a, "href", m.Src)
			c.rep.Links++
		}
	}
}

// inlineImage points an image in running text at its library photo. An
// old-site image not in the library keeps its (absolute) old address and
// is listed in MissingImages. The old site's srcset goes either way.
func (c *converter) inlineImage(img *html.Node) {
	src := attr(img, "src")
	u := c.resolveURL(src)
	if u == nil {
		return
	}
	old := c.onOldSite(u)
	id := classID(attr(img, "class"))
	if c.res.Image != nil {
		if m, ok := c.res.Image(u, id); ok && m.Src != "" {
			setAttr(img, "src", m.Src)
			if attr(img, "alt") == "" && m.Alt != "" {
				setAttr(img, "alt", m.Alt)
			}
			for _, k := range []string{"srcset", "sizes", "width", "height"} {
				removeAttr(img, k)
			}
			c.rep.Images++
			return
		}
	}
	if old {
		c.rep.MissingImages = append(c.rep.MissingImages, u.String())
		setAttr(img, "src", u.String())
		removeAttr(img, "srcset")
		removeAttr(img, "sizes")
	}
}

// resolveURL is raw as an absolute http(s) URL, resolved against the old
// site's address; nil for other schemes, fragments and what cannot be
// resolved.
func (c *converter) resolveURL(raw string) *url.URL {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "#") {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	if !u.IsAbs() {
		switch {
		case c.res.Base != nil:
			u = c.res.Base.ResolveReference(u)
		case strings.HasPrefix(raw, "//"):
			u.Scheme = "https"
		default:
			return nil
		}
	}
	if u.Scheme = strings.ToLower(u.Scheme); u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil
	}
	return u
}

// oldSiteURL is raw resolved, when it points at the old site: on Base's
// host (case and "www." aside), or anywhere when Base is not known.
func (c *converter) oldSiteURL(raw string) *url.URL {
	u := c.resolveURL(raw)
	if u == nil || !c.onOldSite(u) {
		return nil
	}
	return u
}

func (c *converter) onOldSite(u *url.URL) bool {
	if c.res.Base == nil {
		return true
	}
	host := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	h := host(u.Hostname())
	if h == host(c.res.Base.Hostname()) {
		return true
	}
	for _, other := range c.res.Hosts {
		if h == other {
			return true
		}
	}
	return false
}

// imageFile reports whether p names an image file.
func imageFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff":
		return true
	}
	return false
}
