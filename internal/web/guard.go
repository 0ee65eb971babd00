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

// SecurityHeaders sets headers every response carries.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		SetSecurityHeaders(w.Header())
		next.ServeHTTP(w, r)
	})
}

// The values of the security headers, shared by every response: setting
// them allocates nothing (net/http only reads a header's values).
var (
	nosniff        = []string{"nosniff"}
	referrerPolicy = []string{"strict-origin-when-cross-origin"}
	sameOrigin     = []string{"SAMEORIGIN"}
)

// SetSecurityHeaders sets the headers of SecurityHeaders on h, for a
// response served before that middleware (a page cache hit).
func SetSecurityHeaders(h http.Header) {
	h["X-Content-Type-Options"] = nosniff
	h["Referrer-Policy"] = referrerPolicy
	h["X-Frame-Options"] = sameOrigin
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
