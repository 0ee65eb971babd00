package public_test

import (
	"strings"
	"testing"

	"warta/internal/web/webtest"
)

// checkSecurityHeaders fails unless res carries the public site's
// Content-Security-Policy (no inline script, no framing by others) and
// the headers every page shares.
func checkSecurityHeaders(t *testing.T, what string, get func(string) string) {
	t.Helper()
	csp := get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("%s: Content-Security-Policy %q lacks %q", what, csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
		t.Errorf("%s: Content-Security-Policy %q lets scripts run that the site did not send as files", what, csp)
	}
	if pp := get("Permissions-Policy"); !strings.Contains(pp, "camera=()") || !strings.Contains(pp, "geolocation=()") {
		t.Errorf("%s: Permissions-Policy = %q", what, pp)
	}
	if got := get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("%s: X-Content-Type-Options = %q", what, got)
	}
	if got := get("Referrer-Policy"); got == "" {
		t.Errorf("%s: no Referrer-Policy", what)
	}
}

// Every public page carries the policy, whether rendered or served from
// the page cache, plain, gzip or brotli; redirects and 404s too.
func TestPublicPagesCarryCSP(t *testing.T) {
	_, _, h := newSite(t)
	for _, path := range []string{"/", webtest.MainPath, "/cari?q=banjir", "/tidak-ada-halaman-ini"} {
		for _, enc := range []string{"", "gzip", "br"} {
			for _, round := range []string{"miss", "hit"} {
				res := request(h, "GET", path, map[string]string{"Accept-Encoding": enc})
				checkSecurityHeaders(t, path+" "+enc+" "+round, res.Header.Get)
				if res.StatusCode >= 500 {
					t.Errorf("%s: status %d", path, res.StatusCode)
				}
			}
		}
	}
	res := request(h, "GET", webtest.MainPath+"?utm_source=x", nil)
	checkSecurityHeaders(t, "redirect", res.Header.Get)
}
