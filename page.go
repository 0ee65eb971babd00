package warta

import (
	"strings"
	"time"
	"unicode/utf8"
)

// PageStatus is where a static page stands: a draft only the newsroom
// sees, or published at /{slug}.
type PageStatus string

// Page statuses.
const (
	PageDraft     PageStatus = "draft"
	PagePublished PageStatus = "published"
)

// Valid reports whether s is a known page status.
func (s PageStatus) Valid() bool { return s == PageDraft || s == PagePublished }

// Page is a static page of the site, such as "Tentang Kami" or "Pedoman
// Media Siber": a title and a body at /{slug}, outside the news flow (no
// section, byline or date), listed in the footer by Position.
type Page struct {
	ID       int64
	Slug     string
	Title    string
	BodyHTML string // sanitised (body.Sanitize) like an article body; MaxBodyBytes applies
	Status   PageStatus
	Position int // order in the footer's page links; ascending
	// CreatedAt and ModifiedAt are set by the store; PublishedAt is zero
	// until the page is first published and kept after that.
	CreatedAt, ModifiedAt, PublishedAt time.Time
	Version                            int
}

// Validate checks a page's fields. A page's slug is one path segment, so
// it may not be one the site answers itself (ReservedSectionSlug).
func (p *Page) Validate() error {
	switch {
	case strings.TrimSpace(p.Title) == "":
		return &Error{Code: EINVALID, Key: "error.title_required", Message: "title is required"}
	case utf8.RuneCountInString(p.Title) > MaxTitleLen:
		return &Error{Code: EINVALID, Key: "error.title_too_long", Args: []any{MaxTitleLen}, Message: "title is too long"}
	case !ValidSlug(p.Slug):
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "slug must be lower-case letters, digits and hyphens"}
	case ReservedSectionSlug(p.Slug):
		return &Error{Code: EINVALID, Key: "error.slug_reserved", Args: []any{p.Slug}, Message: "slug " + p.Slug + " is reserved"}
	case len(p.BodyHTML) > MaxBodyBytes:
		return &Error{Code: ETOOLARGE, Key: "error.body_too_large", Message: "body is too large"}
	case !p.Status.Valid():
		return &Error{Code: EINVALID, Key: "error.status_invalid", Message: "unknown status"}
	}
	return nil
}

// IsPublic reports whether readers may see the page.
func (p *Page) IsPublic() bool { return p.Status == PagePublished }

// Path is the page's public path: "/" + Slug, one segment without a
// trailing slash (sections have the trailing slash).
func (p *Page) Path() string { return "/" + p.Slug }

// PageFilter selects pages, ordered by Position then Title. A Limit of 0
// means all.
type PageFilter struct {
	Status        *PageStatus
	Offset, Limit int
}
