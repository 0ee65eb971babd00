package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
)

// TestBrowserAutosaveAndConflicts writes a new story in Chromium and lets
// autosave create it (the request is answered 200: the page moves to the
// story's address), reloads it, gets a kept local copy back, then edits
// the story in two tabs: the stale tab's save shows the comparison, is
// resolved (take theirs for one field, keep mine for another), and a
// second conflict in a row is resolved the same way, with no text lost.
func TestBrowserAutosaveAndConflicts(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	var section *warta.Section
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx, &warta.User{Email: "penyunting@kabar.example", Name: "Rani Penyunting", Role: warta.RoleEditor, PasswordHash: hash}); err != nil {
			return err
		}
		list, err := tx.FindSections(ctx)
		if err == nil && len(list) > 0 {
			section = list[0]
		}
		return err
	})
	if err != nil || section == nil {
		t.Fatalf("fixture: %v", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 1000))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tabA, cancelA := chromedp.NewContext(allocCtx)
	defer cancelA()
	if err := chromedp.Do(tabA, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	tabA, cancelTimeout := context.WithTimeout(tabA, 60*time.Second)
	defer cancelTimeout()
	c := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			out := os.Getenv("WARTA_SCREENSHOTS")
			if out == "" {
				return chromedp.Void{}, nil
			}
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
		}
	}
	eval := func(tab context.Context, js string) string {
		t.Helper()
		s, err := chromedp.Run(tab, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	// waitFor polls a condition in the page.
	waitFor := func(js string) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := chromedp.Poll[bool](js, chromedp.WithPollingInterval(100*time.Millisecond))(ctx, tg)
			return chromedp.Void{}, err
		}
	}

	// A new story: its first autosave (on leaving the body) creates it.
	err = steps(t, tabA,
		chromedp.Navigate(base+"/redaksi/masuk"),
		chromedp.WaitVisible(c(`#email`)),
		chromedp.SendKeys(c(`#email`), "penyunting@kabar.example"),
		chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
		chromedp.Click(c(`form button[type=submit]`)),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/artikel/baru"),
		chromedp.WaitVisible(c(`.wt-content`)),
		chromedp.SendKeys(c(`#title`), "Nelayan Pulang Lebih Awal"),
		chromedp.SetValue(c(`#section`), strconv.FormatInt(section.ID, 10)),
		chromedp.Click(c(`.wt-content`)),
		chromedp.SendKeys(c(`.wt-content`), "Gelombang tinggi membuat perahu kembali sebelum subuh."),
		chromedp.Click(c(`#dek`)),
		waitFor(`/^\/redaksi\/artikel\/\d+$/.test(location.pathname) && document.querySelector('[data-autosave-status]').textContent.startsWith('Tersimpan')`),
		shot("autosave-1-created"),
	)
	if err != nil {
		t.Fatalf("autosave of a new story: %v", err)
	}
	path := eval(tabA, `location.pathname`)
	id, _ := strconv.ParseInt(path[strings.LastIndex(path, "/")+1:], 10, 64)
	stored := func() *warta.Article {
		t.Helper()
		var a *warta.Article
		if err := m.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(ctx, id)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := stored(); !strings.Contains(a.BodyHTML, "Gelombang tinggi") || a.Status != warta.StatusDraft {
		t.Fatalf("stored after autosave: %q %s", a.BodyHTML, a.Status)
	}
	// A reload shows the saved text; a copy this browser kept and the
	// server never got is offered back.
	err = steps(t, tabA,
		chromedp.Reload(),
		chromedp.WaitVisible(c(`.wt-content`)),
		waitFor(`document.querySelector('.wt-content').textContent.includes('Gelombang tinggi')`),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem('warta:draft:%d', JSON.stringify({at: Date.now(), values: {title: ['Nelayan Pulang Lebih Awal'], dek: ['Dek yang belum sempat tersimpan.'], body_html: ['<p>Gelombang tinggi membuat perahu kembali sebelum subuh.</p>']}}))`, id)),
		chromedp.Reload(),
		chromedp.WaitVisible(c(`[data-restore]`)),
		shot("autosave-2-restore"),
		chromedp.Click(c(`[data-restore]`)),
		waitFor(`document.querySelector('#dek').value === 'Dek yang belum sempat tersimpan.'`),
		chromedp.Click(c(`button[value=save]`)),
		chromedp.WaitVisible(c(`.flash`)),
	)
	if err != nil {
		t.Fatalf("reload and restore: %v", err)
	}
	if a := stored(); a.Dek != "Dek yang belum sempat tersimpan." {
		t.Fatalf("restored dek not saved: %q", a.Dek)
	}

	// Two tabs on the same story.
	tabB, cancelB := chromedp.NewContext(tabA)
	defer cancelB()
	err = steps(t, tabB, chromedp.Navigate(base+path), chromedp.WaitVisible(c(`.wt-content`)),
		waitFor(`!document.querySelector('[data-presence]').hidden || true`))
	if err != nil {
		t.Fatalf("second tab: %v", err)
	}
	setField := func(sel, value string) chromedp.Action[chromedp.Void] {
		clear := fmt.Sprintf(`document.querySelector(%q).value = ''`, sel)
		return chromedp.Steps(chromedp.Evaluate[chromedp.Void](clear), chromedp.SendKeys(c(sel), value))
	}
	resolveAndSave := func(tab context.Context, choices map[string]string, name string) {
		t.Helper()
		if err := steps(t, tab, chromedp.WaitVisible(c(`[data-conflict]`)), shot(name)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// A "saved" message from an earlier save must not stand beside
		// the comparison (nothing was saved); the wait for the next
		// page's message below relies on it too.
		if eval(tab, `String(document.querySelector('.flash') !== null)`) != "false" {
			t.Fatalf("%s: a stale saved message is shown beside the conflict", name)
		}
		var actions []chromedp.Action[chromedp.Void]
		for field, choice := range choices {
			actions = append(actions, chromedp.Click(c(`input[name="resolve_`+field+`"][value="`+choice+`"]`)))
		}
		actions = append(actions, chromedp.Click(c(`button[value=save]`)), chromedp.WaitVisible(c(`.flash`)))
		if err := steps(t, tab, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// Tab A saves a new dek; tab B, stale, a new title.
	// Tab A still shows the restored save's message: the wait is for the
	// next page's.
	if err := steps(t, tabA, setField(`#dek`, "Dek dari tab A."), chromedp.Evaluate[chromedp.Void](`document.querySelector('.flash').remove()`),
		chromedp.Click(c(`button[value=save]`)), chromedp.WaitVisible(c(`.flash`))); err != nil {
		t.Fatalf("tab A saves: %v", err)
	}
	if err := steps(t, tabB, setField(`#title`, "Judul dari Tab B"), chromedp.Click(c(`button[value=save]`))); err != nil {
		t.Fatalf("tab B saves: %v", err)
	}
	resolveAndSave(tabB, map[string]string{"dek": "theirs", "title": "mine"}, "autosave-3-conflict")
	if a := stored(); a.Title != "Judul dari Tab B" || a.Dek != "Dek dari tab A." {
		t.Fatalf("after the first conflict: title %q, dek %q", a.Title, a.Dek)
	}
	// Tab A is stale now: its new SEO title meets tab B's title.
	if err := steps(t, tabA, setField(`#seo_title`, "Nelayan Pulang Awal karena Gelombang"), chromedp.Click(c(`button[value=save]`))); err != nil {
		t.Fatalf("tab A saves again: %v", err)
	}
	resolveAndSave(tabA, map[string]string{"title": "theirs", "seo_title": "mine"}, "autosave-4-second-conflict")
	a := stored()
	if a.Title != "Judul dari Tab B" || a.Dek != "Dek dari tab A." || a.SEOTitle != "Nelayan Pulang Awal karena Gelombang" ||
		!strings.Contains(a.BodyHTML, "Gelombang tinggi") {
		t.Fatalf("after the second conflict: %+v", a)
	}
	var revs []*warta.Revision
	m.Store.View(ctx, func(tx warta.ReadTx) error {
		revs, err = tx.FindRevisions(ctx, id)
		return err
	})
	refused := 0
	for _, r := range revs {
		if r.Refused {
			refused++
		}
	}
	if refused < 2 || !strings.Contains(revisionTitles(revs), "Judul dari Tab B") {
		t.Errorf("refused texts not kept: %d refused, titles %s", refused, revisionTitles(revs))
	}
}

var spaces = regexp.MustCompile(`\s+`)

func revisionTitles(revs []*warta.Revision) string {
	var out []string
	for _, r := range revs {
		out = append(out, spaces.ReplaceAllString(r.Title, " "))
	}
	return strings.Join(out, " | ")
}
