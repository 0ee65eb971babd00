package warta

import (
	"strings"
	"time"
)

// Settings are the site-wide options an administrator sets.
type Settings struct {
	SiteName    string
	Tagline     string
	Description string
	LogoMediaID int64
	Social      []SocialLink // "Connect with us"
	Language    string       // "id" or "en"
	TimeZone    string       // IANA name, default Asia/Jakarta
	// FeedFullContent puts the whole story in the feeds; by default they
	// carry the dek and readers come to the site for the rest.
	FeedFullContent bool
	Version         int
}

// DefaultSettings returns the settings of a new site.
func DefaultSettings() *Settings {
	return &Settings{
		SiteName: "Warta",
		Tagline:  "Berita terkini, tepercaya",
		Language: "id",
		TimeZone: "Asia/Jakarta",
	}
}

// Validate checks the settings.
func (s *Settings) Validate() error {
	if strings.TrimSpace(s.SiteName) == "" {
		return &Error{Code: EINVALID, Key: "error.name_required", Message: "site name is required"}
	}
	if s.Language != "id" && s.Language != "en" {
		return &Error{Code: EINVALID, Key: "error.language_invalid", Message: "language must be id or en"}
	}
	if _, err := time.LoadLocation(s.TimeZone); err != nil || s.TimeZone == "" {
		return &Error{Code: EINVALID, Key: "error.timezone_invalid", Args: []any{s.TimeZone}, Message: "unknown time zone " + s.TimeZone}
	}
	for _, l := range s.Social {
		if err := l.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Location returns the settings' time zone, or Asia/Jakarta's fixed
// UTC+7 when the zone database lacks it.
func (s *Settings) Location() *time.Location {
	if loc, err := time.LoadLocation(s.TimeZone); err == nil && s.TimeZone != "" {
		return loc
	}
	return time.FixedZone("WIB", 7*3600)
}
