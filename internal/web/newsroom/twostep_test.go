package newsroom_test

import (
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/web/webtest"
)

var (
	secretField   = regexp.MustCompile(`name="secret" value="([A-Z2-7]+)"`)
	recoveryCodes = regexp.MustCompile(`<li><code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code></li>`)
)

// startTwoStep opens the set-up of two-step verification and returns the
// page and the secret it offers.
func (b *browser) startTwoStep() (string, string) {
	b.t.Helper()
	b.get("/redaksi/akun")
	status, _, page := b.post("/redaksi/akun/2fa/mulai", url.Values{})
	m := secretField.FindStringSubmatch(page)
	if status != http.StatusOK || m == nil {
		b.t.Fatalf("set-up: %d, no secret\n%.1000s", status, page)
	}
	return page, m[1]
}

// code is the TOTP code of secret on the site's clock.
func (e *env) code(t *testing.T, secret string) string {
	t.Helper()
	c, err := auth.TOTPCode(secret, e.site.Now())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// signIn posts the sign-in form from a fresh client.
func (e *env) signIn(t *testing.T, email, code, lang string) (int, string, string) {
	t.Helper()
	form := url.Values{"email": {email}, "password": {password}, "code": {code}, "next": {"/redaksi/"}}
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/masuk", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", e.srv.URL)
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	res, err := e.browser(t).c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Location"), html.UnescapeString(string(body))
}

func TestTwoStepSetUp(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	page, secret := b.startTwoStep()
	// A QR code, a link an app opens (html/template used to print
	// "#ZgotmplZ" for the otpauth scheme) and the key in groups of four.
	if !strings.Contains(page, `<svg class="qr"`) || !strings.Contains(page, `role="img"`) {
		t.Errorf("no QR code on the set-up page")
	}
	if strings.Contains(page, "ZgotmplZ") || !strings.Contains(page, `href="otpauth://totp/Warta%20`) {
		t.Errorf("the authenticator link is dead:\n%s", regexp.MustCompile(`href="[^"]*"`).FindAllString(page, -1))
	}
	if !strings.Contains(page, secret[:4]+" "+secret[4:8]+" ") {
		t.Errorf("the key is not shown in groups of four")
	}
	status, _, body := b.post("/redaksi/akun/2fa", url.Values{"op": {"on"}, "secret": {secret}, "code": {wrongCode(e.code(t, secret))}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Kode verifikasi salah.") || !strings.Contains(body, `<svg class="qr"`) {
		t.Fatalf("a wrong first code: %d", status)
	}
	status, _, body = b.post("/redaksi/akun/2fa", url.Values{"op": {"on"}, "secret": {secret}, "code": {e.code(t, secret)}})
	codes := recoveryCodes.FindAllStringSubmatch(body, -1)
	if status != http.StatusOK || len(codes) != 10 {
		t.Fatalf("turning on: %d, %d recovery codes shown", status, len(codes))
	}
	// Shown once: the account page has only the count.
	_, _, body = b.get("/redaksi/akun")
	if strings.Contains(body, codes[0][1]) || !strings.Contains(body, "Sisa kode pemulihan: 10.") {
		t.Errorf("the account page after turning on:\n%.3000s", body)
	}

	// New codes take a code or the password, and cancel the old ones.
	status, _, body = b.post("/redaksi/akun/2fa/kode", url.Values{"proof": {"bukan-sandinya"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(html.UnescapeString(body), "Kode verifikasi atau kata sandi salah.") {
		t.Fatalf("renewing with a wrong password: %d", status)
	}
	status, _, body = b.post("/redaksi/akun/2fa/kode", url.Values{"proof": {password}})
	fresh := recoveryCodes.FindAllStringSubmatch(body, -1)
	if status != http.StatusOK || len(fresh) != 10 || fresh[0][1] == codes[0][1] {
		t.Fatalf("renewing: %d, %d codes", status, len(fresh))
	}
	if status, _, body := e.signIn(t, "editor@kabar.example", codes[1][1], ""); status != http.StatusUnauthorized || !strings.Contains(body, "Kode verifikasi salah.") {
		t.Errorf("an old recovery code after renewal: %d", status)
	}
	if status, _, _ := e.signIn(t, "editor@kabar.example", fresh[1][1], ""); status != http.StatusSeeOther {
		t.Errorf("a new recovery code: %d", status)
	}

	// Turning off takes a current code or the password.
	status, _, body = b.post("/redaksi/akun/2fa", url.Values{"op": {"off"}, "proof": {"123"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(html.UnescapeString(body), "Kode verifikasi atau kata sandi salah.") {
		t.Fatalf("turning off with a wrong proof: %d", status)
	}
	e.site.Clock.Advance(30 * time.Second)
	if status, loc, _ := b.post("/redaksi/akun/2fa", url.Values{"op": {"off"}, "proof": {e.code(t, secret)}}); status != http.StatusSeeOther || !strings.Contains(loc, "ok=totp_off") {
		t.Fatalf("turning off with a code: %d %s", status, loc)
	}
	if status, _, _ := e.signIn(t, "editor@kabar.example", "", ""); status != http.StatusSeeOther {
		t.Errorf("after turning off, the password alone: %d", status)
	}
}

// wrongCode returns a six-digit code other than right.
func wrongCode(right string) string {
	if right == "000000" {
		return "111111"
	}
	return "000000"
}

// turnOn sets two-step verification up for role through the account page
// and returns the secret and the recovery codes.
func (e *env) turnOn(t *testing.T, role warta.Role) (string, []string) {
	t.Helper()
	b := e.browser(t).login(role)
	_, secret := b.startTwoStep()
	_, _, body := b.post("/redaksi/akun/2fa", url.Values{"op": {"on"}, "secret": {secret}, "code": {e.code(t, secret)}})
	var codes []string
	for _, m := range recoveryCodes.FindAllStringSubmatch(body, -1) {
		codes = append(codes, m[1])
	}
	if len(codes) != 10 {
		t.Fatalf("turning on for %s: %d codes", role, len(codes))
	}
	return secret, codes
}

// TestTwoStepSignIn is the bug where a wrong code said "wrong e-mail or
// password": each way the second step fails has its own message, in the
// reader's language, and recovery codes sign in once each.
func TestTwoStepSignIn(t *testing.T) {
	e := newEnv(t, true)
	secret, codes := e.turnOn(t, warta.RoleEditor)
	const email = "editor@kabar.example"
	for _, tc := range []struct {
		name, code, lang string
		want             string
	}{
		{"no code", "", "", "Verifikasi dua langkah aktif untuk akun ini."},
		{"wrong code", wrongCode(e.code(t, secret)), "", "Kode verifikasi salah."},
		{"wrong code english", wrongCode(e.code(t, secret)), "en-GB,en;q=0.8", "Wrong verification code."},
		{"the confirming code", e.code(t, secret), "", "Kode ini sudah dipakai. Tunggu kode berikutnya."},
		{"the confirming code english", e.code(t, secret), "en", "This code has already been used. Wait for the next one."},
	} {
		status, _, body := e.signIn(t, email, tc.code, tc.lang)
		if status != http.StatusUnauthorized || !strings.Contains(body, tc.want) || strings.Contains(body, "kata sandi salah") || strings.Contains(body, "password") && strings.Contains(body, "Wrong e-mail") {
			t.Errorf("%s: %d, want 401 with %q", tc.name, status, tc.want)
		}
	}
	// A wrong password still says so, whatever the code.
	if status, _, body := e.signIn(t, email+"x", e.code(t, secret), ""); status != http.StatusUnauthorized || !strings.Contains(body, "Surel atau kata sandi salah.") {
		t.Errorf("wrong e-mail: %d", status)
	}

	// Those were five failures: the account waits out the window.
	if status, _, _ := e.signIn(t, email, codes[0], ""); status != http.StatusTooManyRequests {
		t.Errorf("a sixth try: %d", status)
	}
	e.site.Clock.Advance(auth.Window)
	code := e.code(t, secret)
	if status, loc, _ := e.signIn(t, email, code, ""); status != http.StatusSeeOther || loc != "/redaksi/" {
		t.Fatalf("a fresh code: %d %s", status, loc)
	}
	if status, _, body := e.signIn(t, email, code, ""); status != http.StatusUnauthorized || !strings.Contains(body, "Kode ini sudah dipakai.") {
		t.Errorf("a replayed code: %d", status)
	}

	// A recovery code, typed loosely, signs in once.
	typed := strings.ToUpper(strings.ReplaceAll(codes[2], "-", " "))
	if status, _, _ := e.signIn(t, email, typed, ""); status != http.StatusSeeOther {
		t.Fatalf("a recovery code: %d", status)
	}
	for lang, want := range map[string]string{"": "Kode pemulihan ini sudah dipakai.", "en": "This recovery code has already been used."} {
		if status, _, body := e.signIn(t, email, codes[2], lang); status != http.StatusUnauthorized || !strings.Contains(body, want) {
			t.Errorf("a used recovery code (%q): %d", lang, status)
		}
	}
	b := e.browser(t).loginWith(email, e.advance(t, secret))
	_, _, body := b.get("/redaksi/akun")
	if !strings.Contains(body, "Sisa kode pemulihan: 9.") {
		t.Errorf("the account page does not count the used code")
	}
}

// TestTwoStepLimits: the sign-in limits count wrong codes, so guessing
// codes behind a known password stops after a few tries.
func TestTwoStepLimits(t *testing.T) {
	e := newEnv(t, true)
	secret, codes := e.turnOn(t, warta.RoleAuthor)
	for i := 0; i < auth.AccountFailures; i++ {
		if status, _, _ := e.signIn(t, "author@kabar.example", wrongCode(e.code(t, secret)), ""); status != http.StatusUnauthorized {
			t.Fatalf("wrong code %d: %d", i, status)
		}
	}
	e.site.Clock.Advance(30 * time.Second)
	if status, _, body := e.signIn(t, "author@kabar.example", codes[0], ""); status != http.StatusTooManyRequests || !strings.Contains(body, "Terlalu banyak percobaan") {
		t.Fatalf("after %d wrong codes, a right recovery code: %d", auth.AccountFailures, status)
	}
	e.site.Clock.Advance(auth.Window)
	if status, _, _ := e.signIn(t, "author@kabar.example", e.code(t, secret), ""); status != http.StatusSeeOther {
		t.Fatalf("after the window: %d", status)
	}
}

// advance moves the site's clock to the next TOTP step and returns its code.
func (e *env) advance(t *testing.T, secret string) string {
	t.Helper()
	e.site.Clock.Advance(30 * time.Second)
	return e.code(t, secret)
}

func (b *browser) loginWith(email, code string) *browser {
	b.t.Helper()
	b.get("/redaksi/masuk")
	status, loc, body := b.post("/redaksi/masuk", url.Values{"email": {email}, "password": {password}, "code": {code}})
	if status != http.StatusSeeOther || loc != "/redaksi/" {
		b.t.Fatalf("login as %s: %d %s\n%.500s", email, status, loc, body)
	}
	b.get("/redaksi/")
	return b
}

// TestTwoStepHTMLValid checks the two-step pages with the W3C checker: the
// set-up with its inline SVG, the recovery codes, the account page after.
func TestTwoStepHTMLValid(t *testing.T) {
	e := newEnv(t, true)
	pages := map[string]string{}
	b := e.browser(t).login(warta.RoleEditor)
	var secret string
	pages["set-up"], secret = b.startTwoStep()
	_, _, pages["wrong first code"] = b.post("/redaksi/akun/2fa", url.Values{"op": {"on"}, "secret": {secret}, "code": {wrongCode(e.code(t, secret))}})
	_, _, pages["recovery codes"] = b.post("/redaksi/akun/2fa", url.Values{"op": {"on"}, "secret": {secret}, "code": {e.code(t, secret)}})
	_, _, pages["account, two-step on"] = b.get("/redaksi/akun")
	_, _, pages["sign-in, wrong code"] = e.signIn(t, "editor@kabar.example", "000000", "")
	webtest.ValidateHTML(t, pages)
}
