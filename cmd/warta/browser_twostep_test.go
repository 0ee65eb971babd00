package main

import (
	"context"
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
	started := time.Now()
	run := newBrowserRun(t)
	t.Logf("server and browser up in %v", time.Since(started))
	const email = "dua-langkah@kabar.example"
	run.user(warta.RoleEditor, email, "Sekar Redaktur")
	m := run.m
	// Codes come from the server's clock; a code for the step after the
	// one that turned it on is both valid (one step either side) and new.
	code := func(ahead time.Duration) string {
		c, err := auth.TOTPCode(secretOf(t, m), m.Store.Now().Add(ahead))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	// As on a desk and on a phone.
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(run.shotAt(name+"-1280", 1280), run.shotAt(name+"-390", 390))
	}

	err := run.steps(
		run.login(email),
		run.open("/redaksi/akun", `form[action="/redaksi/akun/2fa/mulai"] button`),
		run.submitAndWait(`form[action="/redaksi/akun/2fa/mulai"] button`, `svg.qr[role=img]`),
		shot("twostep-1-setup"),
	)
	if err != nil {
		t.Fatalf("starting the set-up: %v", err)
	}
	secret, err := chromedp.Run(run.ctx, chromedp.AttributeValue(css(`input[name=secret]`), "value"))
	if err != nil {
		t.Fatal(err)
	}
	link, err := chromedp.Run(run.ctx, chromedp.AttributeValue(css(`#totp-link`), "href"))
	if err != nil || !strings.HasPrefix(link.Value, "otpauth://totp/") || !strings.Contains(link.Value, "secret="+secret.Value) {
		t.Fatalf("the authenticator link is %q (%v)", link.Value, err)
	}
	first, err := auth.TOTPCode(secret.Value, m.Store.Now())
	if err != nil {
		t.Fatal(err)
	}
	err = run.steps(
		chromedp.SendKeys(css(`#totp_code`), first),
		run.submitAndWait(`form[action="/redaksi/akun/2fa"] button[type=submit]`, `#recovery-codes`),
		shot("twostep-2-recovery-codes"),
	)
	if err != nil {
		t.Fatalf("turning on: %v", err)
	}
	list, err := chromedp.Run(run.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#recovery-codes code')].map(c => c.textContent).join(' ')`))
	codes := strings.Fields(list)
	if err != nil || len(codes) != 10 {
		t.Fatalf("recovery codes shown: %q (%v)", list, err)
	}

	err = run.steps(
		run.logout(),
		run.signIn(email, code(auth.TOTPPeriod)),
		chromedp.WaitVisible(css(`.nr-nav`)),
		run.logout(),
		run.signIn(email, codes[0]),
		chromedp.WaitVisible(css(`.nr-nav`)),
		run.open("/redaksi/akun", `#recovery-left`),
		shot("twostep-3-account"),
		run.logout(),
		run.signIn(email, codes[0]),
		chromedp.WaitVisible(css(`p.error`)),
	)
	if err != nil {
		t.Fatalf("signing in: %v", err)
	}
	// Headless Chromium asks for English.
	refusal, err := chromedp.Run(run.ctx, chromedp.Text(css(`p.error`)))
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
