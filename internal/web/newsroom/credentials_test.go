package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
)

var (
	tokenRevokeForm   = regexp.MustCompile(`action="/redaksi/akun/token/(\d+)/cabut"`)
	sessionRevokeForm = regexp.MustCompile(`action="/redaksi/akun/sesi/(\d+)/cabut"`)
)

// tokensOf lists a user's API tokens straight from the store.
func (e *env) tokensOf(t *testing.T, u *warta.User) []*warta.Token {
	t.Helper()
	var list []*warta.Token
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		list, err = tx.FindTokens(context.Background(), u.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// A password change ends the other sessions; with the box ticked it also
// revokes every API token, and without it the tokens stay.
func TestPasswordChangeCanRevokeTokens(t *testing.T) {
	e := newEnv(t, true)
	ed := e.users[warta.RoleEditor]
	here := e.browser(t).login(warta.RoleEditor)
	there := e.browser(t).login(warta.RoleEditor)
	here.get("/redaksi/akun")
	here.post("/redaksi/akun/token", url.Values{"name": {"satu"}})
	here.post("/redaksi/akun/token", url.Values{"name": {"dua"}})

	here.post("/redaksi/akun", url.Values{"current_password": {password}, "new_password": {"sandi-baru-12345"}, "new_password2": {"sandi-baru-12345"}})
	if n := len(e.tokensOf(t, ed)); n != 2 {
		t.Fatalf("a change without the box ticked left %d tokens, want 2", n)
	}
	if e.signedIn(t, there) {
		t.Error("another browser stayed signed in after the password changed")
	}
	if status, loc, _ := there.get("/redaksi/akun"); status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/masuk") {
		t.Errorf("the ended session's cookie: %d %s, want the sign-in page", status, loc)
	}

	status, loc, _ := here.post("/redaksi/akun", url.Values{"current_password": {"sandi-baru-12345"}, "new_password": {"sandi-lagi-12345"},
		"new_password2": {"sandi-lagi-12345"}, "revoke_tokens": {"1"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/akun") {
		t.Fatalf("change with revoke_tokens: %d %s", status, loc)
	}
	if n := len(e.tokensOf(t, ed)); n != 0 {
		t.Errorf("with the box ticked %d tokens are left, want 0", n)
	}
	if !e.signedIn(t, here) {
		t.Error("the browser that changed the password was signed out")
	}
}

// The account page lists the user's browsers; signing one out from the
// list ends it at once, and "sign out everywhere else" ends the rest.
func TestSessionListRevokes(t *testing.T) {
	e := newEnv(t, true)
	here := e.browser(t).login(warta.RoleAuthor)
	phone := e.browser(t).login(warta.RoleAuthor)
	laptop := e.browser(t).login(warta.RoleAuthor)
	other := e.browser(t).login(warta.RoleEditor) // someone else's session
	_, _, page := here.get("/redaksi/akun")
	forms := sessionRevokeForm.FindAllStringSubmatch(page, -1)
	if len(forms) != 2 || !strings.Contains(page, "Perangkat ini") || !strings.Contains(page, "Keluar dari semua perangkat lain") {
		t.Fatalf("session list: %d revoke forms (want 2, none for this browser)\n%s", len(forms), page)
	}

	// Another user's session is not ours to end: not found, nothing ends.
	var otherID int64
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindUserSessions(context.Background(), e.users[warta.RoleEditor].ID)
		if len(list) > 0 {
			otherID = list[0].ID
		}
		return err
	})
	if status, _, _ := here.post("/redaksi/akun/sesi/"+strconv.FormatInt(otherID, 10)+"/cabut", url.Values{}); status != http.StatusNotFound {
		t.Errorf("revoking another user's session: %d, want 404", status)
	}
	if status, _, _ := here.post("/redaksi/akun/sesi/bukan-angka/cabut", url.Values{}); status != http.StatusNotFound {
		t.Errorf("revoking session \"bukan-angka\": %d, want 404", status)
	}
	if !e.signedIn(t, other) {
		t.Fatal("another user's session ended")
	}

	status, loc, _ := here.post("/redaksi/akun/sesi/"+forms[0][1]+"/cabut", url.Values{})
	if status != http.StatusSeeOther || !strings.Contains(loc, "ok=session_revoked") {
		t.Fatalf("revoke one: %d %s", status, loc)
	}
	ended, kept := 0, 0
	for _, b := range []*browser{phone, laptop} {
		if e.signedIn(t, b) {
			kept++
		} else {
			ended++
		}
	}
	if ended != 1 || kept != 1 || !e.signedIn(t, here) {
		t.Fatalf("after revoking one session: %d ended, %d kept, here signed in %v", ended, kept, e.signedIn(t, here))
	}

	here.get("/redaksi/akun")
	if status, loc, _ := here.post("/redaksi/akun/sesi/keluar-lain", url.Values{}); status != http.StatusSeeOther || !strings.Contains(loc, "ok=sessions_revoked") {
		t.Fatalf("sign out everywhere else: %d %s", status, loc)
	}
	if e.signedIn(t, phone) || e.signedIn(t, laptop) {
		t.Error("a browser stayed signed in after signing out everywhere else")
	}
	if !e.signedIn(t, here) || !e.signedIn(t, other) {
		t.Error("signing out everywhere else ended this browser or another user's")
	}
}

// Tokens made on the account page carry their scope and expiry, are
// listed, and are revoked from the list.
func TestAccountPageTokens(t *testing.T) {
	e := newEnv(t, true)
	au := e.users[warta.RoleAuthor]
	b := e.browser(t).login(warta.RoleAuthor)
	b.get("/redaksi/akun")
	status, _, body := b.post("/redaksi/akun/token", url.Values{"name": {"dasbor"}, "scope": {"read"}, "expires": {"30"}})
	if status != http.StatusOK || !strings.Contains(body, `<code id="token">wrt_`) {
		t.Fatalf("create: %d", status)
	}
	list := e.tokensOf(t, au)
	if len(list) != 1 || list[0].Scope != warta.ScopeRead || !list[0].ExpiresAt.Equal(e.site.Now().Add(30*24*time.Hour).Truncate(time.Millisecond)) {
		t.Fatalf("token made with read and 30 days: %+v", list)
	}
	for _, bad := range []url.Values{{"scope": {"admin"}}, {"expires": {"-3"}}, {"expires": {"lama"}}} {
		if status, _, body := b.post("/redaksi/akun/token", bad); status != http.StatusUnprocessableEntity || !strings.Contains(body, `role="alert"`) {
			t.Errorf("create with %v: %d, want 422 with a message", bad, status)
		}
	}
	if n := len(e.tokensOf(t, au)); n != 1 {
		t.Fatalf("refused creations left %d tokens", n)
	}
	_, _, page := b.get("/redaksi/akun")
	m := tokenRevokeForm.FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, "dasbor") || !strings.Contains(page, "baca") {
		t.Fatalf("token list does not show the token\n%s", page)
	}
	other := e.browser(t).login(warta.RoleEditor)
	other.get("/redaksi/akun")
	if status, _, _ := other.post("/redaksi/akun/token/"+m[1]+"/cabut", url.Values{}); status != http.StatusNotFound {
		t.Errorf("another user revoking the token: %d, want 404", status)
	}
	if status, loc, _ := b.post("/redaksi/akun/token/"+m[1]+"/cabut", url.Values{}); status != http.StatusSeeOther || !strings.Contains(loc, "ok=token_revoked") {
		t.Fatalf("revoke: %d %s", status, loc)
	}
	if n := len(e.tokensOf(t, au)); n != 0 {
		t.Errorf("%d tokens left after revoking", n)
	}
}
