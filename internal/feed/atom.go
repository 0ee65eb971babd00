package feed

import (
	"encoding/xml"
	"io"
	"time"
)

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr,omitempty"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Links     []atomLink  `xml:"link"`
	Updated   string      `xml:"updated"`
	Author    *atomPerson `xml:"author"`
	Generator string      `xml:"generator,omitempty"`
	Logo      string      `xml:"logo,omitempty"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel    string `xml:"rel,attr,omitempty"`
	Type   string `xml:"type,attr,omitempty"`
	Length int64  `xml:"length,attr,omitempty"`
	Href   string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Links      []atomLink     `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary,omitempty"`
	Content    *atomContent   `xml:"content"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomContent struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// Atom writes f as an Atom 1.0 document with RFC 3339 dates that keep
// their zone offset. Every entry's updated is its update time, or its
// publication when it was not updated. Atom wants an author on every
// entry, so the publisher is the feed's author and stands in for entries
// without one. The featured photo is a link rel="enclosure".
func Atom(w io.Writer, f *Feed) error {
	doc := atomFeed{
		Lang: f.Language, ID: f.id(), Title: f.Title, Subtitle: f.Description,
		Links: []atomLink{
			{Rel: "alternate", Type: "text/html", Href: f.Link},
			{Rel: "self", Type: "application/atom+xml", Href: f.Self},
		},
		Updated: f.Updated.Format(time.RFC3339), Generator: f.Generator,
	}
	if f.Publisher != "" {
		doc.Author = &atomPerson{Name: f.Publisher, URI: f.Link}
	}
	if f.Logo != nil {
		doc.Logo = f.Logo.URL
	}
	doc.Entries = make([]atomEntry, len(f.Items))
	for i := range f.Items {
		doc.Entries[i] = atomEntryOf(&f.Items[i])
	}
	return writeXML(w, doc)
}

func atomEntryOf(it *Item) atomEntry {
	e := atomEntry{
		ID: it.ID, Title: it.Title, Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: it.Link}},
		Published: it.Published.Format(time.RFC3339), Updated: it.updated().Format(time.RFC3339), Summary: it.Summary,
	}
	if it.ContentHTML != "" {
		e.Content = &atomContent{Type: "html", Value: it.ContentHTML}
	}
	for _, a := range it.Authors {
		e.Authors = append(e.Authors, atomPerson{Name: a.Name, URI: a.URL})
	}
	for _, c := range it.Categories {
		e.Categories = append(e.Categories, atomCategory{Term: c.Term, Label: c.Label})
	}
	if img := it.Image; img != nil {
		e.Links = append(e.Links, atomLink{Rel: "enclosure", Type: img.Type, Length: img.Length, Href: img.URL})
	}
	return e
}
