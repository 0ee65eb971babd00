// Package wpbody turns the content of a WordPress post — Gutenberg blocks,
// classic-editor text with its implicit paragraphs, shortcodes — into
// Warta's body markup: the HTML the editor writes and body.Sanitize keeps,
// with photos from the library, "Baca Juga" blocks, embeds by URL and links
// rewritten from the old site to the new one.
//
// The package is pure: what it needs to know about the old site and the
// new library comes through a Resolver. Every step is linear in the size
// of the content, so an export's largest post converts in bounded time.
package wpbody

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Media is a photo already in Warta's library.
type Media struct {
	ID  int64
	Src string // public path of its served image, e.g. /media/ab/abcd-1280.jpg
	// Library text, used when the body gives none.
	Caption, Credit, Alt string
}

// Resolver answers questions about the old site. Any func may be nil.
type Resolver struct {
	// Link maps an absolute URL on the old site (already resolved against
	// Base; when Base is set only URLs on its host are asked about, the
	// host compared case-insensitively and with or without "www.", http
	// and https alike) to the new public path of what it pointed at: a
	// post's permalink or ?p=ID / ?page_id=ID, a category/tag archive, an
	// attachment page. articleID is the Warta article ID when the target
	// is an article (0 otherwise).
	Link func(u *url.URL) (path string, articleID int64, ok bool)
	// Image maps an old image URL (wp-content/uploads/..., possibly a
	// resized copy such as foo-300x200.jpg, or a scaled one foo-scaled.jpg)
	// and/or a WordPress attachment ID (from wp-image-123 classes, block
	// attributes, [gallery ids=...]) to the photo in Warta's library. u is
	// nil when only the ID is known; attachmentID is 0 when only the URL is.
	Image func(u *url.URL, attachmentID int64) (Media, bool)
	// Base is the old site's address (the export's base_site_url /
	// channel link), for relative URLs.
	Base *url.URL
	// Hosts are more host names of the old site, lower case without
	// "www.": where its uploads were served from (WordPress.com's
	// SITE.files.wordpress.com, a CDN) or an address it had before.
	Hosts []string
	// Attached lists the post's own attachments (those WordPress filed
	// under it), in order: what a [gallery] without ids shows.
	Attached func() []int64
}

// Report counts what a conversion did, for the import report.
type Report struct {
	Blocks     map[string]int // Gutenberg blocks seen, by name ("core/paragraph", "core/image", …)
	Shortcodes map[string]int // shortcodes converted, by tag ("caption", "gallery", "embed", "video", "audio")
	Removed    map[string]int // unknown shortcodes/blocks removed, by tag/name
	Links      int            // links rewritten to the new site
	Images     int            // images turned into library photos
	// MissingImages lists old image URLs (or "attachment:ID" when only the
	// ID was known) with no photo in the library; the body keeps the old
	// address for them.
	MissingImages []string
	ReadAlso      int // "Baca Juga" paragraphs turned into blocks
}

// Add adds o's counts to r, for the importer's totals.
func (r *Report) Add(o Report) {
	r.Blocks = addCounts(r.Blocks, o.Blocks)
	r.Shortcodes = addCounts(r.Shortcodes, o.Shortcodes)
	r.Removed = addCounts(r.Removed, o.Removed)
	r.Links += o.Links
	r.Images += o.Images
	r.MissingImages = append(r.MissingImages, o.MissingImages...)
	r.ReadAlso += o.ReadAlso
}

func addCounts(dst, src map[string]int) map[string]int {
	if len(src) == 0 {
		return dst
	}
	if dst == nil {
		dst = make(map[string]int, len(src))
	}
	for k, v := range src {
		dst[k] += v
	}
	return dst
}

func count(m *map[string]int, key string) {
	if *m == nil {
		*m = make(map[string]int)
	}
	(*m)[key]++
}

// MaxContent bounds the content Convert reads; WordPress itself keeps a
// post in a LONGTEXT but nothing a newsroom writes comes near it. Longer
// content is cut (at a character boundary) before conversion.
const MaxContent = 16 << 20

// Convert turns one post's content into HTML for body.Sanitize. Bodies with
// Gutenberg block comments are converted block by block; others, and the
// classic blocks inside block bodies, get WordPress's automatic paragraphs.
// Shortcodes are converted or removed in both. A final pass over the HTML
// turns images into library photos, "Baca Juga" paragraphs into blocks and
// links to the old site into links to the new one.
func Convert(content string, res Resolver) (string, Report) {
	c := &converter{res: res}
	if len(content) > MaxContent {
		cut := MaxContent
		for cut > 0 && !utf8.RuneStart(content[cut]) {
			cut--
		}
		content = content[:cut]
	}
	content = strings.ReplaceAll(content, "\r\n", "\n")
	content = removeMore(content)
	var out string
	if hasBlocks(content) {
		out = c.blocks(content)
	} else {
		out = c.classic(content)
	}
	return c.rewrite(out), c.rep
}

// converter holds one conversion's resolver and report.
type converter struct {
	res Resolver
	rep Report
	// done marks the nodes the final pass made or found finished.
	done map[*html.Node]bool
}

// classic converts classic-editor text: auto-embeds, shortcodes, then
// paragraphs, in the order WordPress's content filters run them.
func (c *converter) classic(s string) string {
	return autop(c.shortcodes(c.autoEmbed(s), 0))
}

// removeMore removes the <!--more--> and <!--nextpage--> markers (with
// the more marker's optional link text) that split a post in WordPress.
func removeMore(s string) string {
	if !strings.Contains(s, "<!--") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		rest := s[i+4:]
		if strings.HasPrefix(rest, "more") || strings.HasPrefix(rest, "nextpage") {
			if j := strings.Index(rest, "-->"); j >= 0 {
				s = rest[j+3:]
				continue
			}
		}
		b.WriteString("<!--")
		s = rest
	}
}
