package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/auth"
)

// A name with no Latin letters gets a usable slug on every management
// page, and the first-run page gives the same byline slug as the CLI.
func TestNamesWithoutLatinLettersGetSlugs(t *testing.T) {
	e := newEnv(t, false)
	b := e.browser(t)
	b.get("/redaksi/siapkan")
	if status, _, body := b.post("/redaksi/siapkan", url.Values{"name": {"李明"}, "email": {"li@kabar.example"},
		"password": {"sandi-kuat-sekali"}, "password2": {"sandi-kuat-sekali"}}); status != http.StatusSeeOther {
		t.Fatalf("set-up as 李明: %d\n%.300s", status, body)
	}
	b.get("/redaksi/")
	for _, c := range []struct{ path, name string }{
		{"/redaksi/rubrik", "李明"}, {"/redaksi/topik", "王芳"}, {"/redaksi/orang", "张伟"},
	} {
		if status, _, body := b.post(c.path, url.Values{"name": {c.name}}); status != http.StatusSeeOther {
			t.Fatalf("%s %s: %d\n%.500s", c.path, c.name, status, body)
		}
	}
	ctx := context.Background()
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		u, err := tx.FindUserByEmail(ctx, "li@kabar.example")
		if err != nil {
			t.Fatal(err)
		}
		if p, err := tx.FindPersonByID(ctx, u.PersonID); err != nil || p.Slug != "penulis" {
			t.Errorf("set-up byline = %+v, %v; want slug penulis, as warta user create gives", p, err)
		}
		for kind, find := range map[string]func() (string, error){
			"rubrik": func() (string, error) { s, err := tx.FindSectionBySlug(ctx, "rubrik"); return nameOf(s, err) },
			"topik":  func() (string, error) { s, err := tx.FindTagBySlug(ctx, "topik"); return nameOf(s, err) },
			"penulis-2": func() (string, error) {
				s, err := tx.FindPersonBySlug(ctx, "penulis-2")
				if err != nil {
					return "", err
				}
				return s.Name, nil
			},
		} {
			if name, err := find(); err != nil || name == "" {
				t.Errorf("%s: %q, %v", kind, name, err)
			}
		}
		return nil
	})
}

func nameOf[T interface{ *warta.Section | *warta.Tag }](v T, err error) (string, error) {
	if err != nil {
		return "", err
	}
	switch x := any(v).(type) {
	case *warta.Section:
		return x.Name, nil
	case *warta.Tag:
		return x.Name, nil
	}
	return "", nil
}

// signedIn reports whether the browser's session still opens the newsroom.
func (e *env) signedIn(t *testing.T, b *browser) bool {
	t.Helper()
	status, _, _ := b.get("/redaksi/")
	return status == http.StatusOK
}

func TestUsersPageRules(t *testing.T) {
	e := newEnv(t, true)
	admin := e.browser(t).login(warta.RoleAdministrator)
	adminID, author := e.users[warta.RoleAdministrator].ID, e.users[warta.RoleAuthor]
	id := func(u *warta.User) string { return strconv.FormatInt(u.ID, 10) }

	// Self-demotion is refused with a message, and changes nothing.
	status, _, body := admin.post("/redaksi/pengguna", url.Values{"id": {strconv.FormatInt(adminID, 10)}, "role": {"editor"}})
	if status != http.StatusUnprocessableEntity && status != http.StatusBadRequest || !strings.Contains(body, "menurunkan") {
		t.Errorf("self-demotion: %d\n%.300s", status, body)
	}
	// A reset password signs the user out everywhere; disabling revokes
	// their API tokens for good, even after the account is enabled again.
	writer := e.browser(t).login(warta.RoleAuthor)
	writer.get("/redaksi/akun")
	_, _, tokPage := writer.post("/redaksi/akun/token", url.Values{"name": {"otomasi"}})
	token := regexp.MustCompile(`wrt_[A-Za-z0-9_-]+`).FindString(tokPage)
	if status, _, body := admin.post("/redaksi/pengguna", url.Values{"id": {id(author)}, "role": {"author"}, "password": {"sandi-reset-12345"}}); status != http.StatusSeeOther {
		t.Fatalf("reset: %d\n%.300s", status, body)
	}
	if e.signedIn(t, writer) {
		t.Error("after a password reset the old session still works")
	}
	if !e.signedIn(t, admin) {
		t.Error("the administrator was signed out by resetting someone else's password")
	}
	admin.get("/redaksi/pengguna")
	admin.post("/redaksi/pengguna", url.Values{"id": {id(author)}, "role": {"author"}, "disabled": {"1"}})
	admin.post("/redaksi/pengguna", url.Values{"id": {id(author)}, "role": {"author"}})
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, err := tx.FindTokenByHash(context.Background(), auth.HashToken(token))
		return err
	})
	if token == "" || !warta.IsNotFound(err) {
		t.Errorf("token %q after disabling: %v (want not found)", token, err)
	}
}

func TestPasswordChangeSignsOutOtherBrowsers(t *testing.T) {
	e := newEnv(t, true)
	here := e.browser(t).login(warta.RoleEditor)
	there := e.browser(t).login(warta.RoleEditor)
	here.get("/redaksi/akun")
	status, _, body := here.post("/redaksi/akun", url.Values{"current_password": {"salah-sandi-123"}, "new_password": {"sandi-baru-12345"}, "new_password2": {"sandi-baru-12345"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "salah") {
		t.Errorf("wrong current password: %d", status)
	}
	if status, loc, _ := here.post("/redaksi/akun", url.Values{"current_password": {password}, "new_password": {"sandi-baru-12345"},
		"new_password2": {"sandi-baru-12345"}}); status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/akun") {
		t.Fatalf("change: %d %s", status, loc)
	}
	if !e.signedIn(t, here) {
		t.Error("the browser that changed the password was signed out")
	}
	if e.signedIn(t, there) {
		t.Error("another browser stayed signed in after the password changed")
	}
}
