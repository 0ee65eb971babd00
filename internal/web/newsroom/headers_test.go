package newsroom_test

import (
	"strconv"
	"strings"
	"testing"

	"warta"
)

// The newsroom's pages (the editor, its preview, the login) carry a
// policy stricter than the public site's: scripts only from files, no
// eval, no base element, fetches to the site only.
func TestNewsroomPagesCarryCSP(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	main := strconv.FormatInt(e.f.Main.ID, 10)
	for _, path := range []string{"/redaksi/masuk", "/redaksi/", "/redaksi/artikel/" + main, "/redaksi/artikel/" + main + "/pratinjau/halaman"} {
		res, err := b.c.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: Content-Security-Policy %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
			t.Errorf("%s: Content-Security-Policy %q lets unsent scripts run", path, csp)
		}
		if pp := res.Header.Get("Permissions-Policy"); !strings.Contains(pp, "microphone=()") {
			t.Errorf("%s: Permissions-Policy = %q", path, pp)
		}
	}
}
