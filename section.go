package warta

import "strings"

// Section is a part of the site with its own page, e.g. "Nasional".
type Section struct {
	ID          int64
	Slug        string
	Name        string
	Description string
	Position    int // order in navigation, ascending
}

// Validate checks a section's fields.
func (s *Section) Validate() error {
	if strings.TrimSpace(s.Name) == "" {
		return &Error{Code: EINVALID, Key: "error.name_required", Message: "section name is required"}
	}
	if !ValidSlug(s.Slug) {
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "section slug is invalid"}
	}
	if ReservedSectionSlug(s.Slug) {
		return &Error{Code: EINVALID, Key: "error.slug_reserved", Args: []any{s.Slug}, Message: "section slug " + s.Slug + " is reserved"}
	}
	return nil
}

// reservedSlugs are first path segments the site uses for itself.
var reservedSlugs = map[string]bool{
	"penulis": true, "tag": true, "indeks": true, "cari": true, "feed": true,
	"redaksi": true, "api": true, "healthz": true, "readyz": true, "metrics": true, "static": true,
	"media": true, "sitemap.xml": true, "sitemap-news.xml": true, "robots.txt": true,
	"favicon.ico": true, "koreksi": true, "susunan-redaksi": true,
}

// ReservedSectionSlug reports whether slug collides with a site route.
func ReservedSectionSlug(slug string) bool { return reservedSlugs[slug] }

// Tag is a topic label that groups articles across sections.
type Tag struct {
	ID   int64
	Slug string
	Name string
}

// Validate checks a tag's fields.
func (t *Tag) Validate() error {
	if strings.TrimSpace(t.Name) == "" {
		return &Error{Code: EINVALID, Key: "error.name_required", Message: "tag name is required"}
	}
	if !ValidSlug(t.Slug) {
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "tag slug is invalid"}
	}
	return nil
}
