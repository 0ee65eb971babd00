package wpbody

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"warta/internal/body"
)

// A photo is an image found in the old body: its address and attachment
// ID (either may be missing) and the text the body gives it.
type photo struct {
	src                  string
	id                   int64
	alt, caption, credit string
}

// doneAttr marks the figures conversion has made, so that the final pass
// leaves them alone; the final pass removes it.
const doneAttr = "data-wpbody-done"

// photoNode is the figure for p: a library photo when the resolver knows
// it, otherwise, when keep is set, a figure showing the old image (its
// address recorded in MissingImages). It returns nil when the photo is
// unknown and keep is not set.
func (c *converter) photoNode(p photo, keep bool) *html.Node {
	u := c.resolveURL(p.src)
	var m Media
	ok := false
	if c.res.Image != nil && (u != nil || p.id > 0) {
		m, ok = c.res.Image(u, p.id)
	}
	if !ok && !keep {
		return nil
	}
	fig := element(atom.Figure)
	img := element(atom.Img)
	if ok {
		c.rep.Images++
		setAttr(fig, "class", "image")
		setAttr(fig, "data-media-id", strconv.FormatInt(m.ID, 10))
		setAttr(img, "src", m.Src)
		p.alt = orElse(p.alt, m.Alt)
		p.caption = orElse(p.caption, m.Caption)
		p.credit = orElse(p.credit, m.Credit)
	} else {
		src := strings.TrimSpace(p.src)
		if u != nil {
			src = u.String()
		}
		switch {
		case src != "":
			c.rep.MissingImages = append(c.rep.MissingImages, src)
		case p.id > 0:
			c.rep.MissingImages = append(c.rep.MissingImages, "attachment:"+strconv.FormatInt(p.id, 10))
		}
		if src == "" {
			return nil
		}
		setAttr(img, "src", src)
	}
	setAttr(fig, doneAttr, "")
	setAttr(img, "alt", p.alt)
	fig.AppendChild(img)
	if p.caption != "" || p.credit != "" {
		cap := element(atom.Figcaption)
		if p.caption != "" {
			text := p.caption
			if p.credit != "" {
				text += " "
			}
			cap.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		}
		if p.credit != "" {
			span := element(atom.Span)
			setAttr(span, "class", "credit")
			span.AppendChild(&html.Node{Type: html.TextNode, Data: p.credit})
			cap.AppendChild(span)
		}
		fig.AppendChild(cap)
	}
	return fig
}

// photoHTML is photoNode's figure as HTML, for the steps before the final
// pass; a photo that is neither in the library nor has an address is "".
func (c *converter) photoHTML(p photo) string {
	n := c.photoNode(p, true)
	if n == nil {
		if p.caption == "" {
			return ""
		}
		return "<p>" + escape(p.caption) + "</p>" // a caption of no image
	}
	var b strings.Builder
	_ = html.Render(&b, n)
	return b.String()
}

// caption converts [caption id="attachment_12" …]<img …> Caption[/caption].
func (c *converter) caption(named map[string]string, content string) string {
	p := photo{}
	var text strings.Builder
	z := html.NewTokenizer(strings.NewReader(content))
	for done := false; !done; {
		switch z.Next() {
		case html.ErrorToken:
			done = true
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Img && p.src == "" {
				p.src, p.alt = tokenAttr(t, "src"), tokenAttr(t, "alt")
				p.id = classID(tokenAttr(t, "class"))
			}
		case html.TextToken:
			text.Write(z.Text())
		}
	}
	if id, err := strconv.ParseInt(strings.TrimPrefix(named["id"], "attachment_"), 10, 64); err == nil && id > 0 {
		p.id = id
	}
	caption := collapse(text.String())
	if caption == "" {
		caption = collapse(named["caption"])
	}
	p.caption, p.credit = splitCredit(caption)
	return c.photoHTML(p)
}

// classID reads the attachment ID from WordPress's "wp-image-123" class.
func classID(class string) int64 {
	for _, f := range strings.Fields(class) {
		if v, ok := strings.CutPrefix(f, "wp-image-"); ok {
			if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
				return id
			}
		}
	}
	return 0
}

// Credits at the end of a caption: "(Foto: Nama/Agensi)", "Foto: X",
// "Photo: X", "Credit: X", "(ANTARA/Nama)", "ANTARA FOTO/Nama/abc". The
// patterns are anchored at the caption's end and read only its last
// characters, so they cost little on any caption.
var (
	reCreditParen = regexp.MustCompile(`\(\s*((?i:foto|photo|credit|kredit|gambar|ilustrasi|sumber foto)\s*:[^()]*|[A-Z][A-Z .]{1,30}/[^()]*)\)\s*\.?$`)
	reCreditLabel = regexp.MustCompile(`(?:^|[\s.,;|–—-])((?i:foto|photo|credit|kredit|gambar|ilustrasi|sumber foto)\s*:[^:]*|ANTARA FOTO/[^:]*)$`)
)

// maxCreditScan bounds how much of a caption's end the credit patterns
// read.
const maxCreditScan = 300

// splitCredit splits a photo credit off the end of a caption. The credit
// keeps its label ("Foto: Nama/Agensi") without the parentheses around it.
func splitCredit(caption string) (string, string) {
	caption = strings.TrimSpace(caption)
	off := 0
	if len(caption) > maxCreditScan {
		off = len(caption) - maxCreditScan
	}
	tail := caption[off:]
	for _, re := range []*regexp.Regexp{reCreditParen, reCreditLabel} {
		if m := re.FindStringSubmatchIndex(tail); m != nil {
			credit := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(tail[m[2]:m[3]]), "."))
			rest := strings.TrimRight(caption[:off+m[2]], " \t\n(|–—-,;")
			if re == reCreditParen {
				rest = strings.TrimRight(caption[:off+m[0]], " \t\n|–—-,;")
			}
			return rest, credit
		}
	}
	return caption, ""
}

// reEmbedURL is the shape of URL the sanitiser keeps on an embed block
// (see body.Sanitize).
var reEmbedURL = regexp.MustCompile(`^https://(www\.)?(youtube\.com|youtu\.be|x\.com|twitter\.com|instagram\.com)/[A-Za-z0-9_\-.~%/?=&;:,+@!]*$`)

// embedURL normalises an embed address: https, and the desktop host of
// YouTube and X for their mobile ones. It returns "" for anything that is
// not an http(s) URL.
func embedURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	switch host {
	case "m.youtube.com", "youtube.com":
		host = "www.youtube.com"
	case "mobile.twitter.com":
		host = "twitter.com"
	}
	if body.EmbedKind("https://"+host+"/") != "" {
		u.Scheme, u.Host = "https", host
	}
	return u.String()
}

// embed is the block for an embed by URL: an embed figure for the
// services the page expands, a paragraph with a link for the others, ""
// for what is not a URL.
func (c *converter) embed(raw string) string {
	u := embedURL(raw)
	if u == "" {
		return ""
	}
	e := escape(u)
	if body.EmbedKind(u) != "" && reEmbedURL.MatchString(u) {
		return `<figure class="embed" data-embed-url="` + e + `"><a href="` + e + `">` + e + `</a></figure>`
	}
	return `<p><a href="` + e + `">` + e + `</a></p>`
}

// mediaLink is a [video]/[audio] shortcode or block: an embed when it is
// a YouTube video, otherwise a paragraph linking to the file, which the
// final pass points at the new site when the resolver knows it. (A page
// has no <video> or <audio>: the sanitiser removes them.)
func (c *converter) mediaLink(kind, src string) string {
	src = strings.TrimSpace(src)
	if src == "" {
		return ""
	}
	if u := embedURL(src); u != "" && body.EmbedKind(u) != "" {
		return c.embed(u)
	}
	label := "Video"
	if kind == "audio" {
		label = "Audio"
	}
	return `<p>` + label + `: <a href="` + escape(src) + `">` + escape(src) + `</a></p>`
}

// autoEmbed turns each line of classic text that is only an embeddable URL
// into an embed block, as WordPress embeds such lines; lines inside <pre>
// are left alone.
func (c *converter) autoEmbed(s string) string {
	if !strings.Contains(s, "http") {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	pre := 0
	for line := range strings.SplitAfterSeq(s, "\n") {
		t := strings.TrimSpace(line)
		if pre == 0 && (strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")) &&
			!strings.ContainsAny(t, " \t<>\"") {
			if u := embedURL(t); body.EmbedKind(u) != "" && reEmbedURL.MatchString(u) {
				count(&c.rep.Shortcodes, "embed")
				out.WriteString("\n" + c.embed(u) + "\n")
				continue
			}
		}
		lower := strings.ToLower(line)
		pre += strings.Count(lower, "<pre") - strings.Count(lower, "</pre")
		pre = max(pre, 0)
		out.WriteString(line)
	}
	return out.String()
}
