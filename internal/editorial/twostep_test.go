package editorial_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
)

// wantKey fails unless err carries the message key.
func wantKey(t *testing.T, err error, key string) {
	t.Helper()
	var e *warta.Error
	if !errors.As(err, &e) || e.Key != key {
		t.Fatalf("error %v, want key %q", err, key)
	}
}

func TestTwoStep(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ts := &editorial.TwoStep{Store: e.site.Store} // the store's clock: the site's
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	u := e.users[warta.RoleEditor]
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u.PasswordHash = hash
		return tx.UpdateUser(ctx, u)
	})
	reload := func() *warta.User {
		t.Helper()
		var got *warta.User
		e.site.Store.View(ctx, func(tx warta.ReadTx) error {
			got, err = tx.FindUserByID(ctx, u.ID)
			return err
		})
		return got
	}
	code := func(secret string) string {
		t.Helper()
		c, err := auth.TOTPCode(secret, e.site.Now())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	secret, _ := auth.NewTOTPSecret()

	// A wrong first code changes nothing.
	bad := "000000"
	if code(secret) == bad {
		bad = "111111"
	}
	_, err = ts.Enable(ctx, u, secret, bad)
	wantKey(t, err, "nr.error.totp_code")
	if reload().TOTPSecret != "" {
		t.Fatal("a wrong code turned two-step verification on")
	}
	codes, err := ts.Enable(ctx, u, secret, code(secret))
	if err != nil || len(codes) != 10 {
		t.Fatalf("Enable = %v, %v", codes, err)
	}
	u = reload()
	if n, _ := ts.RecoveryCodesLeft(ctx, u); n != 10 || u.TOTPSecret != secret {
		t.Fatalf("after Enable: %d codes left, secret %q", n, u.TOTPSecret)
	}

	// The confirming code cannot sign in; the next one can, once.
	wantKey(t, ts.Verify(ctx, u, code(secret)), "nr.login.code_used")
	e.site.Clock.Advance(30 * time.Second)
	if err := ts.Verify(ctx, u, code(secret)); err != nil {
		t.Fatalf("a fresh code: %v", err)
	}
	wantKey(t, ts.Verify(ctx, u, code(secret)), "nr.login.code_used")
	wantKey(t, ts.Verify(ctx, u, ""), "nr.login.code_missing")
	wrong := "123456"
	if wrong == code(secret) {
		wrong = "654321"
	}
	wantKey(t, ts.Verify(ctx, u, wrong), "nr.login.wrong_code")
	wantCode(t, ts.Verify(ctx, u, wrong), warta.EUNAUTHORIZED)

	// A recovery code works once, however it is typed.
	if err := ts.Verify(ctx, u, " "+codes[3]+" "); err != nil {
		t.Fatalf("recovery code: %v", err)
	}
	wantKey(t, ts.Verify(ctx, u, codes[3]), "nr.login.recovery_used")
	wantKey(t, ts.Verify(ctx, u, "abcd-efgh-jkmn"), "nr.login.wrong_code")
	if n, _ := ts.RecoveryCodesLeft(ctx, u); n != 9 {
		t.Fatalf("%d codes left after one was used", n)
	}

	// New codes need proof and cancel the old ones.
	_, err = ts.RenewRecoveryCodes(ctx, u, "salah")
	wantKey(t, err, "nr.error.code_or_password")
	fresh, err := ts.RenewRecoveryCodes(ctx, u, "kata-sandi-uji-123")
	if err != nil || len(fresh) != 10 {
		t.Fatalf("RenewRecoveryCodes = %v, %v", fresh, err)
	}
	wantKey(t, ts.Verify(ctx, u, codes[4]), "nr.login.wrong_code")
	if err := ts.Verify(ctx, u, fresh[0]); err != nil {
		t.Fatalf("a new recovery code: %v", err)
	}

	// Turning off takes a current code or the password.
	wantKey(t, ts.Disable(ctx, u, "salah"), "nr.error.code_or_password")
	wantKey(t, ts.Disable(ctx, u, code(secret)), "nr.login.code_used") // used above, in this step
	e.site.Clock.Advance(30 * time.Second)
	if err := ts.Disable(ctx, u, code(secret)); err != nil {
		t.Fatalf("Disable with a code: %v", err)
	}
	u = reload()
	if n, _ := ts.RecoveryCodesLeft(ctx, u); n != 0 || u.TOTPSecret != "" {
		t.Fatalf("after Disable: %d codes left, secret %q", n, u.TOTPSecret)
	}
	wantCode(t, ts.Disable(ctx, u, "kata-sandi-uji-123"), warta.EINVALID)
}
