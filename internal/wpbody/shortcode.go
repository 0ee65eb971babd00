package wpbody

import (
	"sort"
	"strconv"
	"strings"
)

// A scTag is one "[name attrs]", "[name attrs /]" or "[/name]" in a text,
// or an escaped "[[name …]]".
type scTag struct {
	start, end  int // s[start:end] is the tag, brackets included
	name, attrs string
	closing     bool
	selfClosing bool
	escaped     bool
}

// maxTagLen bounds one shortcode tag; longer bracketed text is text.
const maxTagLen = 4096

// maxShortcodeDepth bounds nested enclosing shortcodes; deeper ones are
// left as text.
const maxShortcodeDepth = 32

// knownShortcodes are WordPress's own shortcodes and the embed shortcodes
// Jetpack adds, converted to Warta blocks.
var knownShortcodes = map[string]bool{
	"caption": true, "wp_caption": true, "gallery": true, "embed": true,
	"video": true, "audio": true, "playlist": true, "youtube": true,
	"tweet": true, "instagram": true,
}

// pluginPrefixes start the tags of page builders and form and ad plugins
// common on news sites; such a tag is a shortcode even without attributes
// or a closing tag.
var pluginPrefixes = []string{"vc_", "su_", "et_pb_", "fusion_", "av_", "tie_",
	"td_", "mks_", "contact-form", "gravityform", "wpforms", "ninja_form",
	"elementor-template", "adsense", "wpdiscuz", "rev_slider", "jnews_", "penci_"}

// isShortcode decides whether an opening tag is a shortcode, and not text
// that looks like one ("[sic]", "[1]", "[Updated]"): its name must be
// lower-case letters, digits, "_" and "-" starting with a letter (the
// scanner checks that), and it must be a known tag, have a matching
// closing tag later in the text, have a key=value attribute, or start
// with a common plugin prefix.
func isShortcode(t scTag, hasClose bool) bool {
	if hasClose || shortcodeName(t.name) {
		return true
	}
	_, named := parseAtts(t.attrs)
	return len(named) > 0
}

// shortcodeName reports whether name is a shortcode wherever it appears:
// a known tag or one with a plugin prefix.
func shortcodeName(name string) bool {
	if knownShortcodes[name] {
		return true
	}
	for _, p := range pluginPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// scanTags finds the shortcode-shaped tags in s. Each scan stops at the
// next "[", "]", "<" or ">", so the whole scan is linear.
func scanTags(s string) []scTag {
	var tags []scTag
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			break
		}
		i += j
		if i+1 < len(s) && s[i+1] == '[' {
			if t, ok := tagAt(s, i+1); ok && t.end < len(s) && s[t.end] == ']' {
				t.start, t.end, t.escaped = i, t.end+1, true
				tags = append(tags, t)
				i = t.end
				continue
			}
			i++
			continue
		}
		if t, ok := tagAt(s, i); ok {
			tags = append(tags, t)
			i = t.end
			continue
		}
		i++
	}
	return tags
}

// tagAt reads the tag starting with the "[" at s[i].
func tagAt(s string, i int) (scTag, bool) {
	t := scTag{start: i}
	k := i + 1
	if k < len(s) && s[k] == '/' {
		t.closing = true
		k++
	}
	n := nameEnd(s[k:])
	if n == 0 {
		return t, false
	}
	t.name = s[k : k+n]
	k += n
	if k >= len(s) {
		return t, false
	}
	switch c := s[k]; {
	case c == ']':
		t.end = k + 1
		return t, true
	case t.closing:
		return t, false
	case c != '/' && c != '=' && !isSpace(c):
		return t, false
	}
	for e := k; e < len(s) && e-i < maxTagLen; e++ {
		switch s[e] {
		case '[', '<', '>':
			// No shortcode has markup in its attributes: this is
			// bracketed text around a link or the like.
			return t, false
		case ']':
			t.attrs = strings.TrimSpace(s[k:e])
			if strings.HasSuffix(t.attrs, "/") {
				t.selfClosing = true
				t.attrs = strings.TrimSpace(strings.TrimSuffix(t.attrs, "/"))
			}
			t.end = e + 1
			return t, true
		}
	}
	return t, false
}

// parseAtts reads shortcode attributes: key="value", key='value',
// key=value and positional "value", 'value' or value. Keys are
// lower-cased. A leading "=" (Jetpack's [youtube=URL]) starts a positional
// value.
func parseAtts(s string) (positional []string, named map[string]string) {
	s = strings.TrimPrefix(s, "=")
	for {
		s = strings.TrimLeft(s, " \t\n\r\f")
		if s == "" {
			return positional, named
		}
		key := ""
		if n := attKeyEnd(s); n > 0 && n < len(s) && s[n] == '=' {
			key, s = strings.ToLower(s[:n]), s[n+1:]
		}
		var val string
		if s != "" && (s[0] == '"' || s[0] == '\'') {
			if e := strings.IndexByte(s[1:], s[0]); e >= 0 {
				val, s = s[1:1+e], s[2+e:]
			} else {
				val, s = s[1:], ""
			}
		} else {
			e := strings.IndexAny(s, " \t\n\r\f")
			if e < 0 {
				e = len(s)
			}
			val, s = s[:e], s[e:]
		}
		if key == "" {
			positional = append(positional, val)
			continue
		}
		if named == nil {
			named = make(map[string]string)
		}
		named[key] = val
	}
}

func attKeyEnd(s string) int {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '-') {
		i++
	}
	return i
}

// shortcodes converts the shortcodes in s: WordPress's and Jetpack's
// embeds become Warta blocks, other shortcodes lose their tags but keep
// the text they enclose, and "[[x]]" becomes the literal "[x]".
func (c *converter) shortcodes(s string, depth int) string {
	if !strings.Contains(s, "[") {
		return s
	}
	tags := scanTags(s)
	if len(tags) == 0 {
		return s
	}
	// closes lists, by name, the indices of the closing tags in order.
	closes := map[string][]int{}
	for k, t := range tags {
		if t.closing && !t.escaped {
			closes[t.name] = append(closes[t.name], k)
		}
	}
	opened := map[string]bool{}
	var out strings.Builder
	out.Grow(len(s))
	c.renderTags(&out, s, tags, closes, opened, 0, len(tags), 0, len(s), depth)
	return out.String()
}

// renderTags writes s[from:to], which holds tags[lo:hi], converting the
// shortcodes.
func (c *converter) renderTags(out *strings.Builder, s string, tags []scTag, closes map[string][]int, opened map[string]bool, lo, hi, from, to, depth int) {
	pos := from
	for k := lo; k < hi; k++ {
		t := tags[k]
		out.WriteString(s[pos:t.start])
		pos = t.end
		switch {
		case t.escaped:
			if isShortcode(t, false) {
				out.WriteString(s[t.start+1 : t.end-1])
			} else {
				out.WriteString(s[t.start:t.end])
			}
			continue
		case t.closing:
			if !opened[t.name] && !shortcodeName(t.name) {
				out.WriteString(s[t.start:t.end]) // "[/sic]" alone is text
			}
			continue
		}
		cl := -1
		if !t.selfClosing {
			list := closes[t.name]
			n := sort.SearchInts(list, k+1)
			if n < len(list) && list[n] < hi {
				cl = list[n]
			}
		}
		if !isShortcode(t, cl >= 0) {
			out.WriteString(s[t.start:t.end])
			continue
		}
		opened[t.name] = true
		content := ""
		if cl >= 0 {
			content = s[t.end:tags[cl].start]
		}
		if knownShortcodes[t.name] {
			out.WriteString(c.shortcode(t, content))
		} else {
			count(&c.rep.Removed, t.name)
			if cl >= 0 {
				if depth < maxShortcodeDepth {
					c.renderTags(out, s, tags, closes, opened, k+1, cl, t.end, tags[cl].start, depth+1)
				} else {
					out.WriteString(content)
				}
			}
		}
		if cl >= 0 {
			pos = tags[cl].end
			k = cl
		}
	}
	out.WriteString(s[pos:to])
}

// shortcode converts one known shortcode with its enclosed content.
func (c *converter) shortcode(t scTag, content string) string {
	pos, named := parseAtts(t.attrs)
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := strings.TrimSpace(named[k]); v != "" {
				return v
			}
		}
		if len(pos) > 0 {
			return strings.TrimSpace(pos[0])
		}
		return ""
	}
	var out string
	switch t.name {
	case "caption", "wp_caption":
		out = c.caption(named, content)
	case "gallery":
		out = c.gallery(named)
		if out == "" {
			count(&c.rep.Removed, t.name) // a gallery of the post's attachments: nothing to show
			return ""
		}
	case "embed":
		out = c.embed(textOf(content))
	case "video", "audio":
		src := first("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "m4a", "ogg", "wav", "wma")
		if src == "" {
			src = strings.TrimSpace(textOf(content))
		}
		out = c.mediaLink(t.name, src)
	case "youtube", "tweet", "instagram":
		u := first("url", "src", "tweet")
		if t.name == "youtube" && u != "" && !strings.Contains(u, "/") {
			u = "https://www.youtube.com/watch?v=" + u
		}
		out = c.embed(u)
	}
	if out == "" {
		count(&c.rep.Removed, t.name)
		return ""
	}
	count(&c.rep.Shortcodes, t.name)
	return out
}

// gallery is one photo per attachment of [gallery ids="1,2,3"].
func (c *converter) gallery(named map[string]string) string {
	ids := named["ids"]
	if ids == "" {
		ids = named["include"]
	}
	if ids == "" && c.res.Attached != nil && named["id"] == "" {
		// [gallery] alone shows the post's own attachments.
		var list []string
		for _, id := range c.res.Attached() {
			list = append(list, strconv.FormatInt(id, 10))
		}
		ids = strings.Join(list, ",")
	}
	var out strings.Builder
	n := 0
	for f := range strings.SplitSeq(ids, ",") {
		id, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
		if err != nil || id <= 0 {
			continue
		}
		if n++; n > MaxGallery {
			break
		}
		out.WriteString(c.photoHTML(photo{id: id}))
		out.WriteByte('\n')
	}
	return out.String()
}

// MaxGallery bounds the photos one gallery makes (the importer bounds a
// post's attachment list by it too).
const MaxGallery = 500
