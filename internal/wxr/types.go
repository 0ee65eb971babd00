// Package wxr reads WordPress eXtended RSS exports (WXR 1.0–1.2) as a
// stream of values: the site header, then authors, terms and items in file
// order. It is pure: no store, no files, only the io.Reader it is given, so
// the importer, its tests and the fuzzer all drive the same code.
package wxr

import (
	"fmt"
	"strconv"
	"strings"
)

// Site is the export's channel header.
type Site struct {
	Title, Link, Description, Language string
	BaseSiteURL, BaseBlogURL           string // wp:base_site_url, wp:base_blog_url
	Version                            string // wp:wxr_version, e.g. "1.2"
}

// Author is a wp:author from the channel.
type Author struct {
	ID                                             int64 // wp:author_id (0 when absent)
	Login, Email, DisplayName, FirstName, LastName string
	Line                                           int // line of <wp:author>
}

// Term is a category, tag or other taxonomy term from the channel
// (wp:category, wp:tag, wp:term).
type Term struct {
	ID                              int64
	Taxonomy                        string // "category", "post_tag", or the wp:term_taxonomy
	Slug, Name, Parent, Description string // Parent is the parent's slug
	Line                            int
	Meta                            []Meta // wp:termmeta
}

// ItemTerm is one <category domain="post_tag" nicename="slug">Name</category>
// of an item. A WXR 1.0 domain "tag" is reported as "post_tag", as
// WordPress's own importer does.
type ItemTerm struct{ Domain, Slug, Name string }

// Meta is one wp:postmeta (or wp:termmeta) pair. Values are kept as written
// (PHP-serialised arrays stay serialised: the importer decides what to read).
type Meta struct{ Key, Value string }

// Item is a post, page, attachment or any other post type. Scalar fields are
// trimmed of surrounding white space; Content, Excerpt and meta values are
// kept exactly as written. When an element occurs twice in one item the
// first non-empty value wins, so a stray duplicate cannot replace the ID.
type Item struct {
	Line                                         int    // line of <item>
	Title, Link, GUID, PubDate, Creator          string // Creator = dc:creator (author login)
	Description                                  string
	Content, Excerpt                             string // content:encoded, excerpt:encoded
	PostID, Parent                               int64
	PostDate, PostDateGMT, Modified, ModifiedGMT string // raw "2006-01-02 15:04:05"; may be empty or "0000-00-00 00:00:00"
	Status, Type, Name, Password                 string // wp:status, wp:post_type, wp:post_name (slug), wp:post_password
	CommentStatus, PingStatus                    string // wp:comment_status, wp:ping_status ("open", "closed")
	MenuOrder                                    int
	Sticky                                       bool
	AttachmentURL                                string
	Terms                                        []ItemTerm
	Meta                                         []Meta
	CommentCount                                 int // comments are counted, not kept
}

// Thumbnail returns the _thumbnail_id meta value (0 if none).
func (it *Item) Thumbnail() int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(it.MetaValue("_thumbnail_id")), 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// MetaValue returns the first meta value with key k.
func (it *Item) MetaValue(k string) string {
	for _, m := range it.Meta {
		if m.Key == k {
			return m.Value
		}
	}
	return ""
}

// SyntaxError is a malformed export: the XML is not well-formed, or it is
// not a WXR file. Nothing after it can be read.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ItemError is one item (or author or term) too large or otherwise
// unreadable; Next skips it and the caller may continue calling Next.
type ItemError struct {
	Line   int
	PostID int64
	Title  string
	Msg    string
}

func (e *ItemError) Error() string {
	switch {
	case e.PostID != 0 && e.Title != "":
		return fmt.Sprintf("line %d: item %d %q: %s", e.Line, e.PostID, e.Title, e.Msg)
	case e.PostID != 0:
		return fmt.Sprintf("line %d: item %d: %s", e.Line, e.PostID, e.Msg)
	case e.Title != "":
		return fmt.Sprintf("line %d: item %q: %s", e.Line, e.Title, e.Msg)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}
