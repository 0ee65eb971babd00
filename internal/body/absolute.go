package body

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// AbsoluteURLs resolves the relative addresses in an article body — link
// targets, image and frame sources, srcset candidates and quote sources —
// against base, usually the story's own absolute URL. Copies of a story
// read away from the site, in feed readers and aggregators, have no page
// to resolve "/media/…" against. Addresses with a scheme are left as they
// are, and so is a body the HTML parser refuses (Sanitize reduces such a
// body to plain text anyway).
func AbsoluteURLs(s string, base *url.URL) string {
	out, ok := transform(s, func(root *html.Node) { resolveTree(root, base) })
	if !ok {
		return s
	}
	return out
}

func resolveTree(n *html.Node, base *url.URL) {
	if n.Type == html.ElementNode {
		for i, a := range n.Attr {
			switch a.Key {
			case "href", "src", "cite", "poster":
				n.Attr[i].Val = resolve(a.Val, base)
			case "srcset":
				n.Attr[i].Val = resolveSrcset(a.Val, base)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		resolveTree(c, base)
	}
}

// resolve makes one address absolute; one that does not parse is left for
// the sanitiser to judge.
func resolve(ref string, base *url.URL) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || u.Scheme != "" {
		return ref
	}
	return base.ResolveReference(u).String()
}

// resolveSrcset resolves each "url [descriptor]" candidate of a srcset.
func resolveSrcset(set string, base *url.URL) string {
	candidates := strings.Split(set, ",")
	for i, c := range candidates {
		fields := strings.Fields(c)
		if len(fields) == 0 {
			continue
		}
		fields[0] = resolve(fields[0], base)
		candidates[i] = strings.Join(fields, " ")
	}
	return strings.Join(candidates, ", ")
}
