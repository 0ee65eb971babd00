package warta

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Redirect sends readers from an old address to the current one with a
// 301. Redirects are kept one hop long: a redirect never points at a path
// that itself redirects, and none points back at itself. The editorial
// package keeps that rule; a store only persists what it is given.
type Redirect struct {
	From      string    // a path on the public site, e.g. /nasional/2019/01/02/lama
	To        string    // a path on the site or an absolute http(s) URL elsewhere
	CreatedAt time.Time // set by the store
	// CreatedBy is the user who added the redirect or whose change of an
	// article's address made it; 0 for the system (the scheduler, imports).
	CreatedBy int64
}

// MaxRedirectLen bounds both ends of a redirect.
const MaxRedirectLen = 2000

// reservedPrefixes are the paths Warta itself answers whatever is stored,
// so a redirect from them would never be followed or would hide a tool.
var reservedPrefixes = []string{"/redaksi", "/api", "/static", "/media", "/healthz", "/readyz", "/metrics"}

// Validate checks that From is a public site path that may be redirected
// and To a site path or an http(s) URL, and that the two differ.
func (r *Redirect) Validate() error {
	if err := ValidRedirectFrom(r.From); err != nil {
		return err
	}
	if err := ValidRedirectTo(r.To); err != nil {
		return err
	}
	if r.From == r.To {
		return &Error{Code: EINVALID, Key: "error.redirect_same", Message: "a redirect cannot point at itself"}
	}
	return nil
}

// ValidRedirectFrom returns an invalid error unless p is a path on the
// public site that a redirect may start from: absolute, without query,
// fragment, spaces or control characters, and outside the newsroom, the
// API and the static and media files.
func ValidRedirectFrom(p string) error {
	bad := &Error{Code: EINVALID, Key: "error.redirect_from_invalid", Args: []any{p},
		Message: "a redirect must start from a path on the site, such as /2019/01/old-story"}
	if !plainPath(p) || p == "/" || strings.ContainsAny(p, "?#") {
		return bad
	}
	for _, prefix := range reservedPrefixes {
		if p == prefix || strings.HasPrefix(p, prefix+"/") {
			return &Error{Code: EINVALID, Key: "error.redirect_from_reserved", Args: []any{prefix},
				Message: "paths under " + prefix + " cannot be redirected"}
		}
	}
	return nil
}

// ValidRedirectTo returns an invalid error unless to is a target a
// redirect may lead to: a path on the site or an absolute http(s) URL.
func ValidRedirectTo(to string) error {
	bad := &Error{Code: EINVALID, Key: "error.redirect_to_invalid", Args: []any{to},
		Message: "a redirect must point at a path on the site or an http(s) address"}
	if strings.HasPrefix(to, "/") {
		if !plainPath(to) {
			return bad
		}
		return nil
	}
	if len(to) > MaxRedirectLen || !printable(to) {
		return bad
	}
	u, err := url.Parse(to)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return bad
	}
	return nil
}

// plainPath reports whether p is an absolute path (not a scheme-relative
// //host) of printable characters within the length limit.
func plainPath(p string) bool {
	return strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") && !strings.Contains(p, `\`) &&
		len(p) <= MaxRedirectLen && printable(p)
}

// printable reports whether s is valid UTF-8 without spaces or control
// characters.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, c := range s {
		if unicode.IsSpace(c) || unicode.IsControl(c) {
			return false
		}
	}
	return true
}

// RedirectFilter selects redirects, newest first.
type RedirectFilter struct {
	// Contains matches redirects whose From or To contains the text.
	Contains string
	// To, if set, matches redirects that lead to exactly this target.
	To     string
	Offset int
	Limit  int
}
