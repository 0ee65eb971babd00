package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
)

// The browser tests share this harness: a server on the demo data, a
// Chromium tab on it with one overall timeout, and the steps every test
// repeats (users, signing in and out, screenshots, waits).

// testPassword is every browser test account's password.
const testPassword = "kata-sandi-uji-123"

// browserTimeout bounds a whole test once the browser has started.
const browserTimeout = 90 * time.Second

// browserRun is one browser test: its server and its first tab.
type browserRun struct {
	t    *testing.T
	m    *Main
	dir  string // the server's data directory, also for the test's files
	base string // the server's address
	ctx  context.Context
	hash string // testPassword's hash, made once
}

// chromium finds Debian's Chromium. Under CI=true a missing browser fails
// the test; elsewhere it skips with the command that installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("WARTA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is missing; scripts/test.sh installs it (apt-get install chromium)")
	}
	t.Skip("Chromium not installed: apt-get install chromium")
	return ""
}

// newBrowserRun starts the server on a copy of the demo data and Chromium
// with one tab, the two at once; both stop when the test ends.
func newBrowserRun(t *testing.T) *browserRun {
	t.Helper()
	exe := chromium(t)
	dir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 1000))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	closeBrowser := func() { cancel(); cancelAlloc() }
	t.Cleanup(closeBrowser) // if the server does not start
	// The first action starts the browser; only later ones have a timeout.
	browser := make(chan error, 1)
	go func() { browser <- chromedp.Do(ctx, chromedp.Navigate("about:blank")) }()
	copyDemo(t, dir)
	m, base := startMain(t, dir)
	// The browser closes before the server stops, which would otherwise
	// wait for the browser's open connections.
	t.Cleanup(closeBrowser)
	if err := <-browser; err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, browserTimeout)
	t.Cleanup(cancelTimeout)
	return &browserRun{t: t, m: m, dir: dir, base: base, ctx: ctx}
}

// demoData is a data directory with the demo content, written once for the
// package's browser tests: writing it takes seconds, copying it a moment.
var demoData struct {
	once sync.Once
	dir  string
	err  error
}

// TestMain removes the demo's data directory after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if demoData.dir != "" {
		os.RemoveAll(demoData.dir)
	}
	os.Exit(code)
}

// copyDemo copies the demo's data into dir, where startMain finds the
// stories and so writes none.
func copyDemo(t *testing.T, dir string) {
	t.Helper()
	demoData.once.Do(func() {
		if demoData.dir, demoData.err = os.MkdirTemp("", "warta-demo-"); demoData.err != nil {
			return
		}
		var logs strings.Builder
		m, err := NewMain(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", demoData.dir, "--demo"}, func(string) string { return "" }, &logs)
		if err != nil {
			demoData.err = fmt.Errorf("NewMain: %v\n%s", err, logs.String())
			return
		}
		// The demo's pictures get their WebP sizes from the server's
		// background pool: make them now, once, so that every test's
		// server starts with the library ready rather than with a queue
		// of a hundred pictures ahead of its own uploads.
		if err := m.Library.Start(context.Background()); err != nil {
			demoData.err = err
			return
		}
		for deadline := time.Now().Add(3 * time.Minute); m.Library.QueueLength() > 0 && time.Now().Before(deadline); {
			time.Sleep(50 * time.Millisecond)
		}
		if err := m.Library.Stop(context.Background()); err != nil {
			demoData.err = err
			return
		}
		demoData.err = m.Close()
	})
	if demoData.err != nil {
		t.Fatalf("demo data: %v", demoData.err)
	}
	if err := os.CopyFS(dir, os.DirFS(demoData.dir)); err != nil {
		t.Fatalf("copying the demo data: %v", err)
	}
}

// tab opens a second tab in the same browser (same cookies), closed when
// the test ends.
func (r *browserRun) tab() context.Context {
	ctx, cancel := chromedp.NewContext(r.ctx)
	r.t.Cleanup(cancel)
	return ctx
}

// user adds an account with testPassword and a byline (a person named
// like the user, slug from the name, with a bio to edit).
func (r *browserRun) user(role warta.Role, email, name string) *warta.User {
	r.t.Helper()
	if r.hash == "" {
		hash, err := auth.HashPassword(testPassword, auth.TestParams)
		if err != nil {
			r.t.Fatal(err)
		}
		r.hash = hash
	}
	u := &warta.User{Email: email, Name: name, Role: role, PasswordHash: r.hash}
	ctx := context.Background()
	err := r.m.Store.Update(ctx, func(tx warta.Tx) error {
		p := &warta.Person{Name: name, Slug: strings.ToLower(strings.ReplaceAll(name, " ", "-")), Bio: "Bio " + name + "."}
		if err := tx.CreatePerson(ctx, p); err != nil {
			return err
		}
		u.PersonID = p.ID
		return tx.CreateUser(ctx, u)
	})
	if err != nil {
		r.t.Fatalf("user %s: %v", email, err)
	}
	return u
}

// section is the ID of the demo's first section.
func (r *browserRun) section() int64 {
	r.t.Helper()
	var id int64
	err := r.m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindSections(context.Background())
		if err == nil && len(list) == 0 {
			err = errors.New("none")
		}
		if err == nil {
			id = list[0].ID
		}
		return err
	})
	if err != nil {
		r.t.Fatalf("sections: %v", err)
	}
	return id
}

// article reads a story as stored.
func (r *browserRun) article(id int64) *warta.Article {
	r.t.Helper()
	var a *warta.Article
	err := r.m.Store.View(context.Background(), func(tx warta.ReadTx) (err error) {
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	})
	if err != nil {
		r.t.Fatal(err)
	}
	return a
}

// css is a CSS selector.
func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

// open loads a page of the server and waits for sel.
func (r *browserRun) open(path, sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Navigate(r.base+path), chromedp.WaitVisible(css(sel)))
}

// signIn fills in and sends the sign-in form; code is the two-step code,
// if any.
func (r *browserRun) signIn(email, code string) chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{
		r.open("/redaksi/masuk", `#email`),
		chromedp.SendKeys(css(`#email`), email),
		chromedp.SendKeys(css(`#password`), testPassword),
	}
	if code != "" {
		steps = append(steps, chromedp.SendKeys(css(`#code`), code))
	}
	return chromedp.Steps(append(steps, r.submitAndWait(`form button[type=submit]`, `body`))...)
}

// login signs in and waits for the newsroom's menu.
func (r *browserRun) login(email string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(r.signIn(email, ""), chromedp.WaitVisible(css(`.nr-nav`)))
}

// logout signs out from any newsroom page.
func (r *browserRun) logout() chromedp.Action[chromedp.Void] {
	return r.submitAndWait(`.nr-user button.link`, `#email`)
}

// submitAndWait clicks sel, which leaves the page (a form's button, a
// link), and waits for waitSel on the next page. Waiting for waitSel alone
// can pass at once on the old page, which may show it too (a notice
// left by the last save, say): the old page is marked first, and the wait
// starts once a new page has replaced it.
func (r *browserRun) submitAndWait(sel, waitSel string) chromedp.Action[chromedp.Void] {
	return r.leave(chromedp.Click(css(sel)), waitSel)
}

// leave runs an action that leaves the page and waits for waitSel on the
// next one; see submitAndWait.
func (r *browserRun) leave(act chromedp.Action[chromedp.Void], waitSel string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		if _, err := chromedp.Evaluate[chromedp.Void](`window.__wartaOld = true`)(ctx, tg); err != nil {
			return chromedp.Void{}, err
		}
		if _, err := act(ctx, tg); err != nil {
			return chromedp.Void{}, err
		}
		// While the page changes an evaluation can fail; try again.
		for {
			old, err := chromedp.Evaluate[bool](`window.__wartaOld === true`)(ctx, tg)
			if err == nil && !old {
				break
			}
			select {
			case <-ctx.Done():
				return chromedp.Void{}, fmt.Errorf("no new page (to wait for %s): %w", waitSel, ctx.Err())
			case <-time.After(20 * time.Millisecond):
			}
		}
		return chromedp.WaitVisible(css(waitSel))(ctx, tg)
	}
}

// publish publishes the story at its newsroom path, opens it on the site
// (keeping a screenshot named shot) and gives its public address.
func (r *browserRun) publish(path, shot string) string {
	r.t.Helper()
	err := r.steps(r.open(path, `button[value=publish]`), r.submitAndWait(`button[value=publish]`, `#lihat-situs`))
	if err != nil {
		r.t.Fatalf("publishing %s: %v", path, err)
	}
	link, err := chromedp.Run(r.ctx, chromedp.AttributeValue(css(`#lihat-situs`), "href"))
	if err != nil {
		r.t.Fatal(err)
	}
	if err := r.steps(chromedp.Navigate(link.Value), chromedp.WaitVisible(css(`article.story h1`)), r.shot(shot)); err != nil {
		r.t.Fatalf("public page %s: %v", link.Value, err)
	}
	return link.Value
}

// waitFor polls a script's condition in the page until it holds.
func (r *browserRun) waitFor(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond))
}

// shot keeps a screenshot of the whole page as name.png in
// $WARTA_SCREENSHOTS; without it, it does nothing.
func (r *browserRun) shot(name string) chromedp.Action[chromedp.Void] {
	return screenshot(name, chromedp.FullScreenshot(100))
}

// shotOf keeps a screenshot of the element sel, as shot does.
func (r *browserRun) shotOf(name, sel string) chromedp.Action[chromedp.Void] {
	return screenshot(name, chromedp.Screenshot(css(sel)))
}

// shotAt keeps a screenshot of the whole page at a width (900 high), as
// shot does, then gives the page its window's size back.
func (r *browserRun) shotAt(name string, width int64) chromedp.Action[chromedp.Void] {
	return screenshot(name, func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		if _, err := chromedp.EmulateViewport(width, 900)(ctx, tg); err != nil {
			return nil, err
		}
		buf, err := chromedp.FullScreenshot(100)(ctx, tg)
		if err != nil {
			return nil, err
		}
		_, err = chromedp.EmulateReset()(ctx, tg)
		return buf, err
	})
}

func screenshot(name string, take chromedp.Action[[]byte]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		out := os.Getenv("WARTA_SCREENSHOTS")
		if out == "" {
			return chromedp.Void{}, nil
		}
		buf, err := take(ctx, tg)
		if err != nil {
			return chromedp.Void{}, err
		}
		return chromedp.Void{}, os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
	}
}

// steps runs actions one by one in the first tab; see steps.
func (r *browserRun) steps(actions ...chromedp.Action[chromedp.Void]) error {
	r.t.Helper()
	return steps(r.t, r.ctx, actions...)
}

// steps runs actions one by one, names the one that failed and logs each
// slow one, to find what a slow machine waits on.
func steps(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) error {
	t.Helper()
	for i, a := range actions {
		start := time.Now()
		if _, err := chromedp.Run(ctx, a); err != nil {
			return fmt.Errorf("step %d: %w", i+1, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Logf("step %d took %v", i+1, d.Round(time.Millisecond))
		}
	}
	return nil
}

// text is the trimmed text of sel in the first tab; failing to read it
// ends the test.
func (r *browserRun) text(sel string) string {
	r.t.Helper()
	s, err := chromedp.Run(r.ctx, chromedp.Text(css(sel)))
	if err != nil {
		r.t.Fatalf("%s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// eval is a script's value as a string in a tab; failing ends the test.
func (r *browserRun) eval(ctx context.Context, js string) string {
	r.t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		r.t.Fatalf("%s: %v", js, err)
	}
	return s
}

// count is how many elements match sel in the first tab.
func (r *browserRun) count(sel string) int {
	r.t.Helper()
	n, err := chromedp.Run(r.ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

// jsString quotes s for a script.
func jsString(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `\'`) + "'"
}
