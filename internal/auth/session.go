package auth

import (
	"net/http"
	"time"
)

// SessionCookie is the name of the cookie that carries the plain session
// token.
const SessionCookie = "warta_session"

// Session lifetimes. A session ends after SessionIdle without a request,
// so a newsroom PC left signed in overnight is signed out by morning, and
// in any case SessionAbsolute after sign-in, so a stolen cookie does not
// stay useful for ever however busy it is kept.
const (
	SessionIdle     = 12 * time.Hour
	SessionAbsolute = 14 * 24 * time.Hour
)

// SessionCookieFor returns the session cookie carrying value. It is
// HttpOnly, so scripts cannot read it; SameSite=Lax, so other sites cannot
// post with it; scoped to the whole site; and Secure when secure is set,
// which it must be whenever the site is served over HTTPS. A positive
// maxAge makes the cookie persist (use SessionAbsolute); zero makes it
// last until the browser closes.
func SessionCookieFor(value string, secure bool, maxAge time.Duration) *http.Cookie {
	c := &http.Cookie{
		Name:     SessionCookie,
		Value:    value,
		Path:     "/",
		HttpOnly: true,
		Secure:   secure,
		SameSite: http.SameSiteLaxMode,
	}
	if maxAge > 0 {
		// Round up so that a sub-second maxAge does not become a session
		// cookie.
		c.MaxAge = int((maxAge + time.Second - 1) / time.Second)
	}
	return c
}

// ClearSessionCookie returns a cookie that makes the browser delete the
// session cookie. Its attributes match SessionCookieFor's, which browsers
// need to recognise it as the same cookie.
func ClearSessionCookie(secure bool) *http.Cookie {
	return &http.Cookie{
		Name:     SessionCookie,
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		Expires:  time.Unix(0, 0),
		HttpOnly: true,
		Secure:   secure,
		SameSite: http.SameSiteLaxMode,
	}
}

// SessionValid reports whether a session created at created and last used
// at lastSeen is still valid at now: less than SessionIdle since lastSeen
// and less than SessionAbsolute since created.
func SessionValid(created, lastSeen, now time.Time) bool {
	return now.Sub(lastSeen) < SessionIdle && now.Sub(created) < SessionAbsolute
}
