package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
)

// TestBrowserTwoStep turns two-step verification on in a real browser (QR
// code, recovery codes), then signs in with a code from the app and with a
// recovery code, which works once.
func TestBrowserTwoStep(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	started := time.Now()
	m, base := startMain(t, dir)
	t.Logf("server up in %v", time.Since(started))
	ctx := context.Background()
	const email, password = "dua-langkah@kabar.example", "kata-sandi-uji-123"
	hash, err := auth.HashPassword(password, auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		p := &warta.Person{Name: "Sekar Redaktur", Slug: "sekar-redaktur"}
		if err := tx.CreatePerson(ctx, p); err != nil {
			return err
		}
		return tx.CreateUser(ctx, &warta.User{Email: email, Name: p.Name, Role: warta.RoleEditor, PasswordHash: hash, PersonID: p.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	// Codes come from the server's clock; a code for the step after the
	// one that turned it on is both valid (one step either side) and new.
	code := func(ahead time.Duration) string {
		c, err := auth.TOTPCode(secretOf(t, m), m.Store.Now().Add(ahead))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 1000))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	bctx, cancelTimeout := context.WithTimeout(bctx, 60*time.Second)
	defer cancelTimeout()

	c := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			out := os.Getenv("WARTA_SCREENSHOTS")
			if out == "" {
				return chromedp.Void{}, nil
			}
			// As on a desk and on a phone.
			for _, width := range []int64{1280, 390} {
				if _, err := chromedp.EmulateViewport(width, 900)(ctx, tg); err != nil {
					return chromedp.Void{}, err
				}
				buf, err := chromedp.FullScreenshot(100)(ctx, tg)
				if err != nil {
					return chromedp.Void{}, err
				}
				if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("%s-%d.png", name, width)), buf, 0o644); err != nil {
					return chromedp.Void{}, err
				}
			}
			_, err := chromedp.EmulateReset()(ctx, tg)
			return chromedp.Void{}, err
		}
	}
	signIn := func(code string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.Navigate(base+"/redaksi/masuk"),
			chromedp.WaitVisible(c(`#email`)),
			chromedp.SendKeys(c(`#email`), email),
			chromedp.SendKeys(c(`#password`), password),
			chromedp.SendKeys(c(`#code`), code),
			chromedp.Click(c(`form button[type=submit]`)),
		)
	}
	signOut := chromedp.Steps(chromedp.Click(c(`.nr-user button.link`)), chromedp.WaitVisible(c(`#email`)))

	err = steps(t, bctx,
		signIn(""),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/akun"),
		chromedp.Click(c(`form[action="/redaksi/akun/2fa/mulai"] button`)),
		chromedp.WaitVisible(c(`svg.qr[role=img]`)),
		shot("twostep-1-setup"),
	)
	if err != nil {
		t.Fatalf("starting the set-up: %v", err)
	}
	secret, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`input[name=secret]`), "value"))
	if err != nil {
		t.Fatal(err)
	}
	link, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`#totp-link`), "href"))
	if err != nil || !strings.HasPrefix(link.Value, "otpauth://totp/") || !strings.Contains(link.Value, "secret="+secret.Value) {
		t.Fatalf("the authenticator link is %q (%v)", link.Value, err)
	}
	first, err := auth.TOTPCode(secret.Value, m.Store.Now())
	if err != nil {
		t.Fatal(err)
	}
	err = steps(t, bctx,
		chromedp.SendKeys(c(`#totp_code`), first),
		chromedp.Click(c(`form[action="/redaksi/akun/2fa"] button[type=submit]`)),
		chromedp.WaitVisible(c(`#recovery-codes`)),
		shot("twostep-2-recovery-codes"),
	)
	if err != nil {
		t.Fatalf("turning on: %v", err)
	}
	list, err := chromedp.Run(bctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#recovery-codes code')].map(c => c.textContent).join(' ')`))
	codes := strings.Fields(list)
	if err != nil || len(codes) != 10 {
		t.Fatalf("recovery codes shown: %q (%v)", list, err)
	}

	err = steps(t, bctx,
		signOut,
		signIn(code(auth.TOTPPeriod)),
		chromedp.WaitVisible(c(`.nr-nav`)),
		signOut,
		signIn(codes[0]),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/akun"),
		chromedp.WaitVisible(c(`#recovery-left`)),
		shot("twostep-3-account"),
		signOut,
		signIn(codes[0]),
		chromedp.WaitVisible(c(`p.error`)),
	)
	if err != nil {
		t.Fatalf("signing in: %v", err)
	}
	// Headless Chromium asks for English.
	refusal, err := chromedp.Run(bctx, chromedp.Text(c(`p.error`)))
	if err != nil || refusal != "This recovery code has already been used. Each recovery code works once." {
		t.Fatalf("a used recovery code: %q (%v)", refusal, err)
	}
}

// secretOf reads the two-step secret the account saved.
func secretOf(t *testing.T, m *Main) string {
	t.Helper()
	var secret string
	err := m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		u, err := tx.FindUserByEmail(context.Background(), "dua-langkah@kabar.example")
		if err == nil {
			secret = u.TOTPSecret
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return secret
}
