package body

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// ImageBlock is what the editor wrote for a library image: its media ID
// and the text of this use of it. The editor copies the library's caption,
// credit and alt text in when the photo is inserted and lets the writer
// change them in place, so the block's text is the article's own.
type ImageBlock struct {
	MediaID int64
	Alt     string
	// HasCaption is whether the block has a figcaption; without one (older
	// bodies, imports) the page shows the library's caption and credit.
	HasCaption      bool
	Caption, Credit string
}

// ExpandImageBlocks replaces each library image with what render returns
// for the block; when render reports false the block is kept as written.
func ExpandImageBlocks(s string, render func(b ImageBlock) (string, bool)) string {
	return reImageBlock.ReplaceAllStringFunc(s, func(block string) string {
		b, ok := ParseImageBlock(block)
		if !ok {
			return block
		}
		if out, ok := render(b); ok {
			return out
		}
		return block
	})
}

// ParseImageBlock reads a sanitised
// <figure class="image" data-media-id="ID"><img alt="ALT"><figcaption>CAPTION
// <span class="credit">CREDIT</span></figcaption></figure>. Text is
// unescaped and its whitespace collapsed.
func ParseImageBlock(block string) (ImageBlock, bool) {
	var b ImageBlock
	z := html.NewTokenizer(strings.NewReader(block))
	var caption, credit strings.Builder
	inCaption, inCredit := false, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			b.Caption, b.Credit = collapse(caption.String()), collapse(credit.String())
			return b, b.MediaID > 0
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch {
			case t.Data == "figure" && b.MediaID == 0:
				b.MediaID, _ = strconv.ParseInt(tokenAttr(t, "data-media-id"), 10, 64)
			case t.Data == "img" && !inCaption:
				b.Alt = collapse(tokenAttr(t, "alt"))
			case t.Data == "figcaption":
				inCaption, b.HasCaption = true, true
			case t.Data == "span" && inCaption && (inCredit > 0 || hasClass(tokenAttr(t, "class"), "credit")):
				inCredit++
			}
		case html.EndTagToken:
			switch z.Token().Data {
			case "figcaption":
				inCaption = false
			case "span":
				if inCredit > 0 {
					inCredit--
				}
			}
		case html.TextToken:
			switch {
			case inCredit > 0:
				credit.Write(z.Text())
			case inCaption:
				caption.Write(z.Text())
			}
		}
	}
}

func tokenAttr(t html.Token, name string) string {
	for _, a := range t.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasClass(list, class string) bool {
	for _, c := range strings.Fields(list) {
		if c == class {
			return true
		}
	}
	return false
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
