package warta

import "time"

// MonthCount summarises one calendar month of published articles, for the
// monthly sitemaps.
type MonthCount struct {
	Month   time.Time // the month's first instant in the zone that was asked for
	Count   int       // published articles first published in the month
	LastMod time.Time // the latest publication or visible update among them
}

// ListKind names the public lists of articles other than the home page.
type ListKind string

// The kinds of list page.
const (
	ListSection ListKind = "section"
	ListAuthor  ListKind = "author"
	ListTag     ListKind = "tag"
)

// ListCount summarises a section, author or tag page that lists published
// articles, for the pages sitemap.
type ListCount struct {
	Kind          ListKind
	ID            int64 // the section's, person's or tag's
	Slug          string
	Count         int       // published articles on the list
	LastPublished time.Time // the newest of them; the list changes when one is published
}
