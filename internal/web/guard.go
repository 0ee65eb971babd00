package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"unicode/utf8"
)

// Limits on request lines that no page needs to exceed.
const (
	MaxPathBytes  = 1024
	MaxQueryBytes = 8192
)

// Rejection describes a request refused before routing.
type Rejection struct {
	Status int
	Key    string // i18n key of the message
}

// Check returns a rejection for requests no handler should see: over-long
// paths or queries, bytes that are not UTF-8, NUL or backslashes, and dot
// segments (path traversal), encoded or not.
func Check(r *http.Request) *Rejection {
	raw := r.URL.EscapedPath()
	switch {
	case len(raw) > MaxPathBytes:
		return &Rejection{http.StatusRequestURITooLong, "error.path_too_long"}
	case len(r.URL.RawQuery) > MaxQueryBytes:
		return &Rejection{http.StatusRequestURITooLong, "error.query_too_long"}
	case !utf8.ValidString(r.URL.Path) || strings.ContainsAny(r.URL.Path, "\x00\\"):
		return &Rejection{http.StatusBadRequest, "error.bad_path"}
	}
	for _, seg := range strings.Split(r.URL.Path, "/") {
		if seg == ".." || seg == "." {
			return &Rejection{http.StatusBadRequest, "error.bad_path"}
		}
	}
	if strings.Contains(r.URL.Path, "//") {
		return &Rejection{http.StatusBadRequest, "error.bad_path"}
	}
	return nil
}

// Recover turns a panic in next into a 500 answered by fail, logged once.
func Recover(logger *slog.Logger, fail func(http.ResponseWriter, *http.Request), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				fail(w, r)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// SecurityHeaders sets the headers of p on every response next gives.
func SecurityHeaders(p *Policy, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.Set(w.Header())
		next.ServeHTTP(w, r)
	})
}

// The values of the security headers, shared by every response: setting
// them allocates nothing (net/http only reads a header's values).
var (
	nosniff        = []string{"nosniff"}
	referrerPolicy = []string{"strict-origin-when-cross-origin"}
	sameOrigin     = []string{"SAMEORIGIN"}
	// Nothing Warta serves uses the camera, the microphone, the
	// position, payments or USB, nor asks the browser for ad topics.
	permissionsPolicy = []string{"camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"}
)

// Policy is one part of the site's security headers: its
// Content-Security-Policy, with what every part shares (nosniff,
// Referrer-Policy, X-Frame-Options, Permissions-Policy).
type Policy struct {
	csp []string
}

// The video players an article body may embed (body.Sanitize keeps
// iframes from these only).
const embedFrames = "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com"

// Style attributes are allowed, <style> elements are not: the only
// style attributes are a photo's focal point, made by the templates from
// numbers (template.CSS), and the body sanitizer drops every other one.
// Images may come from anywhere: imported bodies point at old hosts and
// media may live in object storage.
var (
	// PublicPolicy is the public site's: no script runs but the site's own
	// files (JSON-LD is data, never executed, and needs no exception).
	PublicPolicy = &Policy{csp: []string{"default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
		"img-src * data:; media-src 'self' https:; frame-src " + embedFrames + "; object-src 'none'; base-uri 'self'; " +
		"form-action 'self'; frame-ancestors 'self'"}}
	// NewsroomPolicy is stricter where the newsroom can be: no base
	// element at all, scripts only from the newsroom's own static files
	// (the editor bundle needs no eval), fetches to the site only. The
	// preview frames the site's own pages and the video players.
	NewsroomPolicy = &Policy{csp: []string{"default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
		"img-src * data: blob:; media-src 'self' https:; connect-src 'self'; frame-src 'self' " + embedFrames + "; object-src 'none'; " +
		"base-uri 'none'; form-action 'self'; frame-ancestors 'self'"}}
	// APIPolicy is for JSON: nothing in it may load or be framed.
	APIPolicy = &Policy{csp: []string{"default-src 'none'; frame-ancestors 'none'"}}
)

// Set sets p's headers on h; a page cache hit, served before the
// SecurityHeaders middleware, calls it directly.
func (p *Policy) Set(h http.Header) {
	h["X-Content-Type-Options"] = nosniff
	h["Referrer-Policy"] = referrerPolicy
	h["X-Frame-Options"] = sameOrigin
	h["Permissions-Policy"] = permissionsPolicy
	h["Content-Security-Policy"] = p.csp
}

// hstsValue asks browsers to use https for the site for a year. Subdomains
// are left out: they may be other people's sites.
var hstsValue = []string{"max-age=31536000"}

// HSTS adds Strict-Transport-Security to every answer when the site's
// base URL is https (TLS may end at a proxy in front, so the request's own
// scheme says nothing); for an http site it returns next as it is.
func HSTS(baseURL string, next http.Handler) http.Handler {
	if !strings.HasPrefix(strings.ToLower(baseURL), "https://") {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Strict-Transport-Security"] = hstsValue
		next.ServeHTTP(w, r)
	})
}
