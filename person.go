package warta

import (
	"strings"
	"unicode/utf8"
)

// Person is someone credited on articles: an author, editor or contributor.
type Person struct {
	ID           int64
	Slug         string
	Name         string
	Title        string // role shown in the byline box, e.g. "Jurnalis"
	Bio          string
	Email        string
	PhotoMediaID int64
	Links        []SocialLink
	// MastheadRank places the person on the masthead (Susunan Redaksi),
	// lowest first; 0 leaves them off it. MastheadRole is the heading
	// they stand under there ("Redaktur"); Title when empty.
	MastheadRank int
	MastheadRole string

	Photo *Media // loaded by the store
}

// Validate checks a person's fields.
func (p *Person) Validate() error {
	if strings.TrimSpace(p.Name) == "" {
		return &Error{Code: EINVALID, Key: "error.name_required", Message: "name is required"}
	}
	if !ValidSlug(p.Slug) {
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "person slug is invalid"}
	}
	if p.MastheadRank < 0 || p.MastheadRank > MaxMastheadRank || utf8.RuneCountInString(p.MastheadRole) > MaxMastheadRoleLen {
		return &Error{Code: EINVALID, Key: "error.masthead_invalid", Args: []any{MaxMastheadRank, MaxMastheadRoleLen},
			Message: "masthead order must be 0 to 9999 and its heading at most 120 characters"}
	}
	for _, l := range p.Links {
		if err := l.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// SocialLink points to a profile on a social network or website.
type SocialLink struct {
	Network string // facebook, x, instagram, youtube, tiktok, linkedin, website …
	URL     string
}

// Validate checks that the link is an absolute http(s) URL.
func (l SocialLink) Validate() error {
	if strings.TrimSpace(l.Network) == "" {
		return &Error{Code: EINVALID, Key: "error.network_required", Message: "social network is required"}
	}
	if !strings.HasPrefix(l.URL, "https://") && !strings.HasPrefix(l.URL, "http://") {
		return &Error{Code: EINVALID, Key: "error.url_invalid", Args: []any{l.URL}, Message: "link must be an http(s) URL"}
	}
	return nil
}
