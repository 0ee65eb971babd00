package feed

import (
	"encoding/xml"
	"io"
	"strings"
	"time"
)

// Namespaces of the RSS extensions the channel uses. encoding/xml gives
// every namespaced element its own xmlns attribute, which RSS readers
// handle badly, so the prefixes are declared once on <rss> and written
// literally into element names.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsMedia   = "http://search.yahoo.com/mrss/"
)

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Content string     `xml:"xmlns:content,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Media   string     `xml:"xmlns:media,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language,omitempty"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Generator     string    `xml:"generator,omitempty"`
	Self          atomLink  `xml:"atom:link"`
	Image         *rssImage `xml:"image"`
	Items         []rssItem `xml:"item"`
}

type rssImage struct {
	URL    string `xml:"url"`
	Title  string `xml:"title"`
	Link   string `xml:"link"`
	Width  int    `xml:"width,omitempty"`
	Height int    `xml:"height,omitempty"`
}

type rssItem struct {
	Title       string        `xml:"title"`
	Link        string        `xml:"link"`
	GUID        rssGUID       `xml:"guid"`
	PubDate     string        `xml:"pubDate"`
	Creators    []string      `xml:"dc:creator"`
	Categories  []string      `xml:"category"`
	Description string        `xml:"description,omitempty"`
	Content     string        `xml:"content:encoded,omitempty"`
	Enclosure   *rssEnclosure `xml:"enclosure"`
	Media       *mediaContent `xml:"media:content"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type rssEnclosure struct {
	URL    string `xml:"url,attr"`
	Length int64  `xml:"length,attr"`
	Type   string `xml:"type,attr"`
}

// mediaContent is Media RSS's description of a photo: unlike <enclosure>
// it carries the size in pixels, the caption and the credit.
type mediaContent struct {
	URL         string     `xml:"url,attr"`
	Type        string     `xml:"type,attr"`
	Medium      string     `xml:"medium,attr"`
	Width       int        `xml:"width,attr,omitempty"`
	Height      int        `xml:"height,attr,omitempty"`
	FileSize    int64      `xml:"fileSize,attr,omitempty"`
	Description *mediaText `xml:"media:description"`
	Credit      string     `xml:"media:credit,omitempty"`
}

type mediaText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// RSS's channel image may be at most 144×400 pixels; larger sizes are
// left out rather than declared wrongly.
const (
	rssImageMaxWidth  = 144
	rssImageMaxHeight = 400
)

// RSS writes f as an RSS 2.0 document with dates in RFC 1123 form and a
// numeric zone ("+0700"). The summary is the description; the full story,
// when there is one, is content:encoded. Readers take a description for
// HTML, so the plain-text summaries are written as HTML text: a dek that
// mentions "<script>" shows those characters instead of becoming markup. The featured photo is an
// <enclosure> when its byte length is known — RSS requires one — and
// always a media:content.
func RSS(w io.Writer, f *Feed) error {
	ch := rssChannel{
		Title: f.Title, Link: f.Link, Description: htmlText(f.Description), Language: f.Language,
		Generator: f.Generator, Self: atomLink{Rel: "self", Type: "application/rss+xml", Href: f.Self},
	}
	if ch.Description == "" {
		ch.Description = htmlText(f.Title) // required by RSS
	}
	if !f.Updated.IsZero() {
		ch.LastBuildDate = f.Updated.Format(time.RFC1123Z)
	}
	if f.Logo != nil {
		ch.Image = &rssImage{URL: f.Logo.URL, Title: f.Title, Link: f.Link}
		if f.Logo.Width > 0 && f.Logo.Width <= rssImageMaxWidth && f.Logo.Height > 0 && f.Logo.Height <= rssImageMaxHeight {
			ch.Image.Width, ch.Image.Height = f.Logo.Width, f.Logo.Height
		}
	}
	ch.Items = make([]rssItem, len(f.Items))
	for i := range f.Items {
		ch.Items[i] = rssItemOf(&f.Items[i])
	}
	doc := rssDoc{Version: "2.0", Atom: nsAtom, Content: nsContent, DC: nsDC, Media: nsMedia, Channel: ch}
	return writeXML(w, doc)
}

func rssItemOf(it *Item) rssItem {
	out := rssItem{
		Title: it.Title, Link: it.Link, GUID: rssGUID{IsPermaLink: it.ID == it.Link, Value: it.ID},
		PubDate: it.Published.Format(time.RFC1123Z), Description: htmlText(it.Summary), Content: it.ContentHTML,
	}
	for _, a := range it.Authors {
		out.Creators = append(out.Creators, a.Name)
	}
	for _, c := range it.Categories {
		out.Categories = append(out.Categories, c.Label)
	}
	if img := it.Image; img != nil {
		if img.Length > 0 {
			out.Enclosure = &rssEnclosure{URL: img.URL, Length: img.Length, Type: img.Type}
		}
		out.Media = &mediaContent{URL: img.URL, Type: img.Type, Medium: "image", Width: img.Width, Height: img.Height,
			FileSize: img.Length, Credit: img.Credit}
		if img.Caption != "" {
			out.Media.Description = &mediaText{Type: "plain", Value: img.Caption}
		}
	}
	return out
}

// htmlText escapes plain text for where HTML is expected. Quotes need no
// escaping outside attributes and are left as they are.
var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// writeXML writes the XML declaration and v, indented for people who
// read feeds by hand.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
