package editorial_test

import (
	"context"
	"testing"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
)

const pw = "kata-sandi-uji-123"

// signIn gives u a session, as the sign-in page does.
func (e *env) signIn(t *testing.T, u *warta.User) *warta.Session {
	t.Helper()
	_, hash, _ := auth.NewToken("")
	s := &warta.Session{TokenHash: hash, UserID: u.ID}
	e.site.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateSession(context.Background(), s) })
	return s
}

// alive reports whether session s still signs in.
func (e *env) alive(s *warta.Session) bool {
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, err := tx.FindSessionByHash(context.Background(), s.TokenHash)
		return err
	})
	return err == nil
}

func (e *env) user(t *testing.T, id int64) *warta.User {
	t.Helper()
	var u *warta.User
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		u, err = tx.FindUserByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return u
}

func role(r warta.Role) *warta.Role { return &r }
func yes() *bool                    { b := true; return &b }

func TestCreateUser(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin := e.users[warta.RoleAdministrator]
	u, err := e.svc.CreateUser(ctx, admin, editorial.NewUser{Email: " Li.Ming@Kabar.Example ", Name: "李明", Role: warta.RoleAuthor, Password: pw})
	if err != nil {
		t.Fatal(err)
	}
	if u.Email != "li.ming@kabar.example" || u.PersonID == 0 {
		t.Errorf("user = %+v", u)
	}
	var p *warta.Person
	e.site.Store.View(ctx, func(tx warta.ReadTx) error { p, err = tx.FindPersonByID(ctx, u.PersonID); return err })
	if p == nil || p.Slug != "penulis" || p.Name != "李明" {
		t.Errorf("byline of 李明 = %+v, %v", p, err)
	}
	if ok, _, _ := auth.VerifyPassword(pw, u.PasswordHash); !ok {
		t.Error("password does not verify")
	}
	cases := []struct {
		name string
		by   *warta.User
		in   editorial.NewUser
		code string
	}{
		{"duplicate e-mail", admin, editorial.NewUser{Email: "LI.MING@kabar.example", Name: "Lain", Role: warta.RoleAuthor, Password: pw}, warta.ECONFLICT},
		{"bad role", admin, editorial.NewUser{Email: "a@kabar.example", Name: "A", Role: "owner", Password: pw}, warta.EINVALID},
		{"bad e-mail", admin, editorial.NewUser{Email: "bukan-alamat", Name: "A", Role: warta.RoleAuthor, Password: pw}, warta.EINVALID},
		{"no name", admin, editorial.NewUser{Email: "a@kabar.example", Name: "  ", Role: warta.RoleAuthor, Password: pw}, warta.EINVALID},
		{"short password", admin, editorial.NewUser{Email: "a@kabar.example", Name: "A", Role: warta.RoleAuthor, Password: "pendek"}, warta.EINVALID},
		{"editor", e.users[warta.RoleEditor], editorial.NewUser{Email: "a@kabar.example", Name: "A", Role: warta.RoleAuthor, Password: pw}, warta.EFORBIDDEN},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := e.svc.CreateUser(ctx, c.by, c.in); warta.ErrorCode(err) != c.code {
				t.Errorf("err = %v, want %s", err, c.code)
			}
		})
	}
	// The console creates accounts too, and a second 李明 gets the next slug.
	u2, err := e.svc.CreateUser(ctx, editorial.Console(), editorial.NewUser{Email: "li2@kabar.example", Name: "李明", Role: warta.RoleEditor, Password: pw})
	if err != nil {
		t.Fatal(err)
	}
	e.site.Store.View(ctx, func(tx warta.ReadTx) error { p, err = tx.FindPersonByID(ctx, u2.PersonID); return err })
	if p == nil || p.Slug != "penulis-2" {
		t.Errorf("second 李明 = %+v, %v", p, err)
	}
}

func TestSetUpOnlyOnce(t *testing.T) {
	e := newEnv(t) // has accounts already
	if _, err := e.svc.SetUp(context.Background(), editorial.NewUser{Email: "x@kabar.example", Name: "X", Password: pw}); warta.ErrorCode(err) != warta.ECONFLICT {
		t.Errorf("set-up with accounts: %v", err)
	}
}

func TestAdministratorsKeepTheNewsroom(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin := e.users[warta.RoleAdministrator]
	// Nobody demotes or disables themself …
	for name, ch := range map[string]editorial.UserChange{"demote": {Role: role(warta.RoleEditor)}, "disable": {Disabled: yes()}} {
		if _, err := e.svc.UpdateUser(ctx, admin, admin.ID, ch); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("self-%s: %v", name, err)
		}
	}
	if got := e.user(t, admin.ID); got.Role != warta.RoleAdministrator || got.Disabled {
		t.Errorf("after refused self-demotion: %+v", got)
	}
	// … and the last active administrator stays one, even when another
	// administrator's acts.
	second, err := e.svc.CreateUser(ctx, admin, editorial.NewUser{Email: "dua@kabar.example", Name: "Dua", Role: warta.RoleAdministrator, Password: pw})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.UpdateUser(ctx, second, admin.ID, editorial.UserChange{Disabled: yes()}); err != nil {
		t.Fatalf("disabling one of two administrators: %v", err)
	}
	_, err = e.svc.UpdateUser(ctx, editorial.Console(), second.ID, editorial.UserChange{Role: role(warta.RoleAuthor)})
	if warta.ErrorCode(err) != warta.EINVALID || err.(*warta.Error).Key != "error.last_admin" {
		t.Errorf("demoting the last administrator: %v", err)
	}
	if _, err := e.svc.UpdateUser(ctx, second, e.users[warta.RoleEditor].ID, editorial.UserChange{Role: role("owner")}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("bad role: %v", err)
	}
	if _, err := e.svc.UpdateUser(ctx, e.users[warta.RoleEditor], e.users[warta.RoleAuthor].ID, editorial.UserChange{Disabled: yes()}); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("editor disabling: %v", err)
	}
}

func TestPasswordChangeEndsOtherSessions(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin, author := e.users[warta.RoleAdministrator], e.users[warta.RoleAuthor]
	hash, _ := auth.HashPassword(pw, auth.TestParams)
	author.PasswordHash = hash
	here, there := e.signIn(t, author), e.signIn(t, author)
	adminHere := e.signIn(t, admin)

	// Users changing their own password stay signed in where they are.
	if _, err := e.svc.SaveAccount(ctx, author, editorial.AccountChange{CurrentPassword: "salah-sandi-123", NewPassword: "sandi-baru-12345", Session: here.ID}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("wrong current password: %v", err)
	}
	if !e.alive(there) {
		t.Fatal("a refused change ended a session")
	}
	me, err := e.svc.SaveAccount(ctx, author, editorial.AccountChange{CurrentPassword: pw, NewPassword: "sandi-baru-12345", Session: here.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !e.alive(here) || e.alive(there) {
		t.Errorf("after own change: this session alive %v (want true), other %v (want false)", e.alive(here), e.alive(there))
	}
	if ok, _, _ := auth.VerifyPassword("sandi-baru-12345", me.PasswordHash); !ok {
		t.Error("new password not stored")
	}

	// An administrator's reset ends all the user's sessions …
	again := e.signIn(t, author)
	if _, err := e.svc.UpdateUser(ctx, admin, author.ID, editorial.UserChange{Password: "sandi-reset-12345", Session: adminHere.ID}); err != nil {
		t.Fatal(err)
	}
	if e.alive(here) || e.alive(again) || !e.alive(adminHere) {
		t.Errorf("after reset: author's sessions %v %v (want ended), admin's %v", e.alive(here), e.alive(again), e.alive(adminHere))
	}
	// … and their own reset all but the acting one.
	adminThere := e.signIn(t, admin)
	if _, err := e.svc.UpdateUser(ctx, admin, admin.ID, editorial.UserChange{Password: "sandi-admin-12345", Session: adminHere.ID}); err != nil {
		t.Fatal(err)
	}
	if !e.alive(adminHere) || e.alive(adminThere) {
		t.Errorf("after own reset: acting %v (want true), other %v (want false)", e.alive(adminHere), e.alive(adminThere))
	}
}

func TestDisablingRevokesSessionsAndTokens(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin, author, editor := e.users[warta.RoleAdministrator], e.users[warta.RoleAuthor], e.users[warta.RoleEditor]
	sess := e.signIn(t, author)
	_, tok, err := e.svc.CreateToken(ctx, author, author.ID, "otomasi")
	if err != nil {
		t.Fatal(err)
	}
	_, keep, err := e.svc.CreateToken(ctx, admin, editor.ID, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.UpdateUser(ctx, admin, author.ID, editorial.UserChange{Disabled: yes()}); err != nil {
		t.Fatal(err)
	}
	if e.alive(sess) {
		t.Error("a disabled account's session still signs in")
	}
	all, err := e.svc.Tokens(ctx, admin, 0)
	if err != nil || len(all) != 1 || all[0].ID != keep.ID {
		t.Errorf("tokens after disabling = %+v, %v; want only %d (not %d)", all, err, keep.ID, tok.ID)
	}
	if _, _, err := e.svc.CreateToken(ctx, admin, author.ID, "lagi"); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("token for a disabled account: %v", err)
	}
}

func TestTokens(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin, author, editor := e.users[warta.RoleAdministrator], e.users[warta.RoleAuthor], e.users[warta.RoleEditor]
	plain, mine, err := e.svc.CreateToken(ctx, author, author.ID, "  skrip   impor ")
	if err != nil {
		t.Fatal(err)
	}
	if mine.Name != "skrip impor" || mine.TokenHash != auth.HashToken(plain) || len(plain) < 40 {
		t.Errorf("token = %+v (%q)", mine, plain)
	}
	if _, _, err := e.svc.CreateToken(ctx, author, editor.ID, "x"); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author making an editor's token: %v", err)
	}
	if _, err := e.svc.Tokens(ctx, author, 0); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author listing every token: %v", err)
	}
	if list, err := e.svc.Tokens(ctx, author, author.ID); err != nil || len(list) != 1 {
		t.Errorf("own tokens = %+v, %v", list, err)
	}
	if err := e.svc.RevokeToken(ctx, editor, mine.ID); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Errorf("editor revoking another's token: %v", err)
	}
	if err := e.svc.RevokeToken(ctx, admin, mine.ID); err != nil {
		t.Errorf("administrator revoking: %v", err)
	}
	if err := e.svc.RevokeToken(ctx, admin, mine.ID); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Errorf("revoking twice: %v", err)
	}
}
