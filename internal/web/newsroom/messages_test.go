package newsroom_test

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestRefusalNamesTheAction is the bug where a refused publish showed
// "…melakukan ini.%!(EXTRA string=publish)": the page names the action,
// in the user's language.
func TestRefusalNamesTheAction(t *testing.T) {
	e := newEnv(t, true)
	section := strconv.FormatInt(e.f.Nasional.ID, 10)
	for _, tc := range []struct {
		lang, want string
	}{
		{"id", "Anda tidak memiliki izin untuk menerbitkan artikel ini."},
		{"en", "You are not allowed to publish this article."},
	} {
		e.setLanguage(t, warta.RoleContributor, tc.lang)
		b := e.browser(t).login(warta.RoleContributor)
		b.get("/redaksi/artikel/baru")
		status, _, body := b.post("/redaksi/artikel/baru", url.Values{"title": {"Berita Kontributor"}, "section": {section},
			"label": {"berita"}, "body_html": {"<p>Isi.</p>"}, "version": {"0"}, "action": {"publish"}})
		body = html.UnescapeString(body)
		if status != http.StatusForbidden || !strings.Contains(body, tc.want) || strings.Contains(body, "%!") {
			t.Errorf("%s: a contributor publishing got %d, want 403 with %q\n%.2000s", tc.lang, status, tc.want, body)
		}
		// Someone else's story: the edit page says what is refused.
		status, _, body = b.get("/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10))
		if status != http.StatusForbidden || strings.Contains(body, "%!") {
			t.Errorf("%s: another's story: %d", tc.lang, status)
		}
	}
}

// setLanguage sets the newsroom language of role's account.
func (e *env) setLanguage(t *testing.T, role warta.Role, lang string) {
	t.Helper()
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u, err := tx.FindUserByID(context.Background(), e.users[role].ID)
		if err != nil {
			return err
		}
		u.Language = lang
		return tx.UpdateUser(context.Background(), u)
	})
}

// TestLogoutThatFailsSaysSo is the bug where signing out ignored the error
// of deleting the session: the page said goodbye while the session, and
// any copy of its cookie, went on working.
func TestLogoutThatFailsSaysSo(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	keep, unkeep := `CREATE TRIGGER keep_sessions BEFORE DELETE ON sessions BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
		`DROP TRIGGER keep_sessions`
	if webtest.OnPostgreSQL() {
		keep = `CREATE FUNCTION keep_sessions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
			CREATE TRIGGER keep_sessions BEFORE DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION keep_sessions()`
		unkeep = `DROP TRIGGER keep_sessions ON sessions`
	}
	if err := e.site.Store.Exec(context.Background(), keep); err != nil {
		t.Fatal(err)
	}
	status, loc, _ := b.post("/redaksi/keluar", url.Values{})
	if status != http.StatusInternalServerError {
		t.Fatalf("a failed sign-out answered %d %s", status, loc)
	}
	if status, _, _ := b.get("/redaksi/"); status != http.StatusOK {
		t.Fatalf("after a failed sign-out the session should still be usable to retry: %d", status)
	}
	if err := e.site.Store.Exec(context.Background(), unkeep); err != nil {
		t.Fatal(err)
	}
	if status, loc, _ := b.post("/redaksi/keluar", url.Values{}); status != http.StatusSeeOther || loc != "/redaksi/masuk" {
		t.Fatalf("sign-out: %d %s", status, loc)
	}
	if status, _, _ := b.get("/redaksi/"); status != http.StatusSeeOther {
		t.Fatalf("signed out, the newsroom answered %d", status)
	}
}
