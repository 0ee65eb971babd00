package auth_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"warta/internal/auth"
)

func TestSessionCookieFor(t *testing.T) {
	tests := []struct {
		name   string
		secure bool
		maxAge time.Duration
		want   int
	}{
		{"persistent over HTTPS", true, auth.SessionAbsolute, 1209600},
		{"persistent over HTTP", false, auth.SessionAbsolute, 1209600},
		{"browser session", true, 0, 0},
		{"negative is a browser session", true, -time.Hour, 0},
		{"sub-second rounds up", false, 1500 * time.Millisecond, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := auth.SessionCookieFor("tokenvalue", tc.secure, tc.maxAge)
			if c.Name != auth.SessionCookie || c.Value != "tokenvalue" || c.Path != "/" ||
				!c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != tc.secure || c.MaxAge != tc.want {
				t.Errorf("cookie %+v", c)
			}
			if err := c.Valid(); err != nil {
				t.Fatal(err)
			}
			header := c.String()
			for _, attr := range []string{"warta_session=tokenvalue", "Path=/", "HttpOnly", "SameSite=Lax"} {
				if !strings.Contains(header, attr) {
					t.Errorf("Set-Cookie %q lacks %s", header, attr)
				}
			}
			if strings.Contains(header, "Secure") != tc.secure {
				t.Errorf("Set-Cookie %q, secure %v", header, tc.secure)
			}
			// The browser sends it back, and the server reads it.
			r, _ := http.NewRequest("GET", "/redaksi/", nil)
			r.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
			got, err := r.Cookie(auth.SessionCookie)
			if err != nil || got.Value != "tokenvalue" {
				t.Errorf("read back %v, %v", got, err)
			}
		})
	}
}

func TestSessionCookieForToken(t *testing.T) {
	plain, _, err := auth.NewToken("")
	if err != nil {
		t.Fatal(err)
	}
	if err := auth.SessionCookieFor(plain, true, auth.SessionAbsolute).Valid(); err != nil {
		t.Errorf("a session token does not fit in a cookie: %v", err)
	}
}

func TestClearSessionCookie(t *testing.T) {
	for _, secure := range []bool{true, false} {
		c := auth.ClearSessionCookie(secure)
		header := c.String()
		for _, attr := range []string{"warta_session=", "Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax"} {
			if !strings.Contains(header, attr) {
				t.Errorf("Set-Cookie %q lacks %s", header, attr)
			}
		}
		if c.Value != "" || c.MaxAge >= 0 || c.Secure != secure {
			t.Errorf("cookie %+v", c)
		}
	}
}

func TestSessionValid(t *testing.T) {
	created := time.Date(2024, 10, 28, 3, 15, 0, 0, time.UTC)
	tests := []struct {
		name     string
		lastSeen time.Duration // after created
		now      time.Duration // after created
		want     bool
	}{
		{"just created", 0, 0, true},
		{"used an hour ago", time.Hour, 2 * time.Hour, true},
		{"idle just under the limit", 0, auth.SessionIdle - time.Second, true},
		{"idle exactly the limit", 0, auth.SessionIdle, false},
		{"idle overnight", time.Hour, time.Hour + 13*time.Hour, false},
		{"busy, just under the absolute limit", auth.SessionAbsolute - time.Hour, auth.SessionAbsolute - time.Second, true},
		{"busy, at the absolute limit", auth.SessionAbsolute - time.Minute, auth.SessionAbsolute, false},
		{"busy, past the absolute limit", auth.SessionAbsolute, auth.SessionAbsolute + time.Minute, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := auth.SessionValid(created, created.Add(tc.lastSeen), created.Add(tc.now))
			if got != tc.want {
				t.Errorf("SessionValid = %v, want %v", got, tc.want)
			}
		})
	}
}
