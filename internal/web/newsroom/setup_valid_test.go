package newsroom_test

import (
	"net/http"
	"net/url"
	"testing"

	"warta/internal/web/webtest"
)

// TestSetupHTMLValid runs the W3C checker over the first-run page, the
// one newsroom page type TestNewsroomHTMLValid cannot reach (it needs a
// site with no account yet): the form, and the form refused.
func TestSetupHTMLValid(t *testing.T) {
	e := newEnv(t, false)
	b := e.browser(t)
	pages := map[string]string{}
	var form, refused int
	form, _, pages["setup"] = b.get("/redaksi/siapkan")
	refused, _, pages["setup refused"] = b.post("/redaksi/siapkan", url.Values{"name": {"Ratna"}, "email": {"ratna@kabar.example"},
		"password": {"sandi-kuat-sekali"}, "password2": {"sandi-lain-sekali"}})
	if form != http.StatusOK || refused != http.StatusUnprocessableEntity {
		t.Fatalf("set-up form %d, refused %d", form, refused)
	}
	webtest.ValidateHTML(t, pages)
}
