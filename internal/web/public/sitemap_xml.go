package public

import (
	"bytes"
	"encoding/xml"
	"time"
)

// The sitemap documents, written with encoding/xml. The extension
// elements carry their prefix in the name ("image:image") and the root
// declares the prefixes, which is how Google's examples write them.

const (
	nsSitemap = "http://www.sitemaps.org/schemas/sitemap/0.9"
	nsImage   = "http://www.google.com/schemas/sitemap-image/1.1"
	nsNews    = "http://www.google.com/schemas/sitemap-news/0.9"
)

// sitemapIndex is a sitemaps.org index: the list of child sitemaps.
type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	XMLNS    string       `xml:"xmlns,attr"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// urlSet is a sitemap proper, optionally with image and news entries.
type urlSet struct {
	XMLName    xml.Name     `xml:"urlset"`
	XMLNS      string       `xml:"xmlns,attr"`
	XMLNSImage string       `xml:"xmlns:image,attr,omitempty"`
	XMLNSNews  string       `xml:"xmlns:news,attr,omitempty"`
	URLs       []sitemapURL `xml:"url"`
}

// sitemapURL keeps the schema's order: loc, lastmod, then extensions.
type sitemapURL struct {
	Loc     string         `xml:"loc"`
	LastMod string         `xml:"lastmod,omitempty"`
	News    *newsEntry     `xml:"news:news,omitempty"`
	Images  []sitemapImage `xml:"image:image"`
	mod     time.Time      // LastMod as a time, for the index
}

type sitemapImage struct {
	Loc string `xml:"image:loc"`
}

// newsEntry is Google News's <news:news>.
type newsEntry struct {
	Publication     newsPublication `xml:"news:publication"`
	PublicationDate string          `xml:"news:publication_date"`
	Title           string          `xml:"news:title"`
}

type newsPublication struct {
	Name     string `xml:"news:name"`
	Language string `xml:"news:language"`
}

// encodeXML writes v as an XML document with its declaration.
func encodeXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
