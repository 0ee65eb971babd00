// Package feed writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from
// one neutral Feed value, so that the three formats say the same thing and
// the site builds its content once. It knows nothing about articles or
// HTTP: the caller fills a Feed with absolute URLs, plain-text titles and
// summaries, already sanitised HTML content, and times in the zone they
// should be written in.
package feed

import "time"

// Content types of the three formats, as served.
const (
	RSSType  = "application/rss+xml; charset=utf-8"
	AtomType = "application/atom+xml; charset=utf-8"
	JSONType = "application/feed+json; charset=utf-8"
)

// Feed is one list of items in a format-neutral shape.
type Feed struct {
	Title       string
	Description string
	Link        string    // the HTML page the feed follows, absolute
	Self        string    // this document's own URL, absolute
	ID          string    // permanent identifier of the feed (Atom's id); Link when empty
	Language    string    // "id" or "en"
	Updated     time.Time // when the content last changed, in the zone to write it in
	Publisher   string    // the site's name: Atom's feed author, for items without one
	Logo        *Image    // nil when the site has none
	Generator   string
	Items       []Item
}

// Image is a picture with its size in pixels; zero sizes are unknown.
type Image struct {
	URL           string
	Width, Height int
}

// Item is one story in a feed.
type Item struct {
	ID          string // permanent and never reused: RSS guid, Atom and JSON Feed id
	Title       string // plain text
	Link        string // absolute
	Summary     string // plain text
	ContentHTML string // the whole story as safe HTML with absolute URLs; "" for summary only
	Published   time.Time
	Updated     time.Time // zero when the story was not updated after publication
	Authors     []Person
	Categories  []Category
	Image       *Enclosure // the featured photo; nil when there is none
}

// Person is an author with the address of their page.
type Person struct{ Name, URL string }

// Category is a section or tag: Term is its stable slug, Label its name.
type Category struct{ Term, Label string }

// Enclosure is a file attached to an item.
type Enclosure struct {
	URL    string
	Type   string // MIME type
	Length int64  // bytes; 0 when unknown
	Width  int
	Height int
	// What the page shows under the photo.
	Caption, Credit string
}

// updated is when an item last changed: its update time, or its
// publication when it was not updated.
func (it *Item) updated() time.Time {
	if it.Updated.After(it.Published) {
		return it.Updated
	}
	return it.Published
}

// id is the feed's identifier.
func (f *Feed) id() string {
	if f.ID != "" {
		return f.ID
	}
	return f.Link
}
