package wpbody

import (
	"encoding/json"
	"strconv"
	"strings"
)

// A block is one Gutenberg block: its name ("core/paragraph"), its
// attributes from the delimiter's JSON and what is between its delimiters,
// saved HTML and inner blocks in order.
type block struct {
	name  string
	attrs map[string]json.RawMessage
	parts []part
}

// A part is a piece of saved HTML or an inner block.
type part struct {
	html  string
	child *block
}

// maxBlockDepth bounds block nesting; deeper openers are read as if they
// were not there, their content going to the enclosing block.
const maxBlockDepth = 64

// hasBlocks reports whether s holds Gutenberg block comments.
func hasBlocks(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "<!--")
		if j < 0 {
			return false
		}
		i += j + 4
		if _, _, ok := delimiterAt(s[i:]); ok {
			return true
		}
	}
}

// delimiterAt reads the start of a block delimiter after its "<!--": white
// space, then "wp:" or "/wp:". It returns where the name starts and
// whether the delimiter closes a block.
func delimiterAt(s string) (start int, closer, ok bool) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i == 0 {
		return 0, false, false
	}
	if strings.HasPrefix(s[i:], "/wp:") {
		return i + 4, true, true
	}
	if strings.HasPrefix(s[i:], "wp:") {
		return i + 3, false, true
	}
	return 0, false, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// parseBlocks reads s into a tree of blocks under a nameless root. Unclosed
// blocks end with the content; closers that match no open block are
// dropped; a delimiter without its "-->" ends the parse, the rest being
// HTML.
func parseBlocks(s string) *block {
	root := &block{}
	stack := []*block{root}
	text := func(t string) {
		if t != "" {
			cur := stack[len(stack)-1]
			cur.parts = append(cur.parts, part{html: t})
		}
	}
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			text(s)
			return root
		}
		start, closer, ok := delimiterAt(s[i+4:])
		if !ok {
			text(s[:i+4])
			s = s[i+4:]
			continue
		}
		end := strings.Index(s[i+4:], "-->")
		if end < 0 {
			text(s)
			return root
		}
		text(s[:i])
		inner := s[i+4+start : i+4+end]
		s = s[i+4+end+3:]
		name, rest := blockName(inner)
		if name == "" {
			continue
		}
		if closer {
			for k := len(stack) - 1; k > 0; k-- {
				if stack[k].name == name {
					stack = stack[:k]
					break
				}
			}
			continue
		}
		rest = strings.TrimSpace(rest)
		selfClosing := strings.HasSuffix(rest, "/")
		rest = strings.TrimSpace(strings.TrimSuffix(rest, "/"))
		b := &block{name: name}
		if strings.HasPrefix(rest, "{") {
			_ = json.Unmarshal([]byte(rest), &b.attrs) // bad JSON: no attributes
		}
		cur := stack[len(stack)-1]
		cur.parts = append(cur.parts, part{child: b})
		if !selfClosing && len(stack) <= maxBlockDepth {
			stack = append(stack, b)
		}
	}
}

// blockName reads a block name ("paragraph", "core-embed/youtube",
// "jetpack/slideshow") from the start of s, adding the "core/" namespace
// when there is none, and returns the rest of s.
func blockName(s string) (string, string) {
	i := nameEnd(s)
	if i == 0 {
		return "", s
	}
	name := s[:i]
	if i < len(s) && s[i] == '/' {
		if j := nameEnd(s[i+1:]); j > 0 {
			return name + "/" + s[i+1:i+1+j], s[i+1+j:]
		}
	}
	return "core/" + name, s[i:]
}

// nameEnd returns the length of the [a-z][a-z0-9_-]* name at s's start.
func nameEnd(s string) int {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return 0
	}
	i := 1
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '-') {
		i++
	}
	return i
}

// dynamicBlocks are rendered by WordPress from the database at view time
// and save no HTML: nothing of them can come across.
var dynamicBlocks = map[string]bool{
	"core/latest-posts": true, "core/latest-comments": true, "core/archives": true,
	"core/calendar": true, "core/search": true, "core/categories": true,
	"core/tag-cloud": true, "core/rss": true, "core/social-links": true,
	"core/navigation": true, "core/page-list": true, "core/loginout": true,
	"core/query": true, "core/block": true, "core/template-part": true,
	"core/comments": true, "core/post-comments": true, "core/site-logo": true,
	"core/site-title": true, "core/site-tagline": true, "core/avatar": true,
	"core/post-title": true, "core/post-content": true, "core/post-date": true,
	"core/post-excerpt": true, "core/post-featured-image": true,
	"core/post-terms": true, "core/post-author": true, "core/footnotes": true,
	"core/widget-group": true, "core/legacy-widget": true,
}

// blocks converts a body with block comments.
func (c *converter) blocks(s string) string {
	return c.inner(parseBlocks(s), true)
}

// inner converts what is inside b: saved HTML with its shortcodes
// converted and inner blocks converted in turn. At the top level, text
// outside any block is a classic block and gets automatic paragraphs.
func (c *converter) inner(b *block, top bool) string {
	var out strings.Builder
	for _, p := range b.parts {
		switch {
		case p.child != nil:
			out.WriteString(c.block(p.child))
			if top {
				out.WriteByte('\n')
			}
		case strings.TrimSpace(p.html) == "":
			// White space between blocks shows nothing.
		case top:
			out.WriteString(c.classic(p.html))
			out.WriteByte('\n')
		default:
			out.WriteString(c.shortcodes(p.html, 0))
		}
	}
	return out.String()
}

// savedHTML is the HTML b saved itself, without its inner blocks.
func (b *block) savedHTML() string {
	var out strings.Builder
	for _, p := range b.parts {
		out.WriteString(p.html)
	}
	return out.String()
}

// empty reports whether b saved nothing: no HTML other than white space
// and no inner blocks.
func (b *block) empty() bool {
	for _, p := range b.parts {
		if p.child != nil || strings.TrimSpace(p.html) != "" {
			return false
		}
	}
	return true
}

// block converts one block to HTML for the final pass (see rewrite).
func (c *converter) block(b *block) string {
	count(&c.rep.Blocks, b.name)
	switch {
	case b.name == "core/separator":
		return "<hr>"
	case b.name == "core/spacer", b.name == "core/more", b.name == "core/nextpage":
		return ""
	case b.name == "core/freeform":
		return c.classic(b.savedHTML())
	case b.name == "core/shortcode":
		return autop(c.shortcodes(b.savedHTML(), 0))
	case b.name == "core/image":
		// The final pass makes the photo; it reads the attachment ID
		// from the image, where the block's attribute is the surest.
		s := c.inner(b, false)
		if id := b.attrInt("id"); id > 0 {
			s = strings.Replace(s, "<img ", `<img data-wp-id="`+strconv.FormatInt(id, 10)+`" `, 1)
		}
		return s
	case b.name == "core/embed", strings.HasPrefix(b.name, "core-embed/"):
		u := b.attrString("url")
		if u == "" {
			u = strings.TrimSpace(textOf(b.savedHTML()))
		}
		return c.embed(u)
	case b.name == "core/video", b.name == "core/audio":
		src := b.attrString("src")
		if src == "" {
			src = firstAttr(b.savedHTML(), b.name[len("core/"):], "src")
		}
		return c.mediaLink(b.name[len("core/"):], src)
	case b.name == "core/file":
		return c.fileLink(b)
	case dynamicBlocks[b.name] || b.empty():
		count(&c.rep.Removed, b.name)
		return ""
	}
	// Everything else — text blocks, tables, quotes, galleries, layout
	// blocks, plugin blocks with saved HTML — keeps its HTML and its inner
	// blocks in order; the final pass and the sanitiser unwrap the layout.
	return c.inner(b, false)
}

// fileLink is a core/file block: a paragraph linking to the file.
func (c *converter) fileLink(b *block) string {
	saved := b.savedHTML()
	href := b.attrString("href")
	if href == "" {
		href = firstAttr(saved, "a", "href")
	}
	if href == "" {
		count(&c.rep.Removed, b.name)
		return ""
	}
	text := strings.TrimSpace(firstText(saved, "a"))
	if text == "" {
		text = href
	}
	return `<p><a href="` + escape(href) + `">` + escape(text) + `</a></p>`
}

func (b *block) attrString(key string) string {
	var s string
	if raw, ok := b.attrs[key]; ok && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// attrInt reads a number attribute, written as a number or a string.
func (b *block) attrInt(key string) int64 {
	raw, ok := b.attrs[key]
	if !ok {
		return 0
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		if v, err := n.Int64(); err == nil {
			return v
		}
	}
	if v, err := strconv.ParseInt(b.attrString(key), 10, 64); err == nil {
		return v
	}
	return 0
}
