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
	"warta/internal/editorial"
)

// TestBrowserFindingStoriesAndTrash drives the article list on the demo
// (327 stories) in Chromium as an editor: page 3 of the list, a search
// that finds a draft by a word of its text, moving the draft to the trash
// through the confirmation, restoring it from the trash, and a bulk
// action on it.
func TestBrowserFindingStoriesAndTrash(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	ed := &warta.User{Email: "redaktur@kabar.example", Name: "Bima Redaktur", Role: warta.RoleEditor, PasswordHash: hash}
	var sectionID int64
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		sections, err := tx.FindSections(ctx)
		if err != nil || len(sections) == 0 {
			return fmt.Errorf("sections: %v", err)
		}
		sectionID = sections[0].ID
		return tx.CreateUser(ctx, ed)
	})
	if err != nil {
		t.Fatal(err)
	}
	title, text := "Catatan Liputan dari Teluk", "<p>Nelayan melihat kawanan pesut di muara sungai pagi tadi.</p>"
	draft, err := m.Editorial.Create(ctx, ed, editorial.Input{Title: &title, BodyHTML: &text, SectionID: &sectionID}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	id := fmt.Sprint(draft.ID)

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
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
		}
	}
	count := func(sel string) int {
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll(`+fmt.Sprintf("%q", sel)+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	status := func() warta.Status {
		var a *warta.Article
		m.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(ctx, draft.ID)
			return err
		})
		return a.Status
	}

	// Page 3 of the list: stories 101 to 150.
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/masuk"),
		chromedp.WaitVisible(c(`#email`)),
		chromedp.SendKeys(c(`#email`), ed.Email),
		chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
		chromedp.Click(c(`form button[type=submit]`)),
		chromedp.WaitVisible(c(`nav.pager`)),
		chromedp.Click(c(`nav.pager a[href$="page=3"]`)),
		chromedp.WaitVisible(c(`nav.pager a[aria-current="page"]`)),
		shot("articles-1-page3"),
	)
	if err != nil {
		t.Fatalf("paging: %v", err)
	}
	if cur, _ := chromedp.Run(bctx, chromedp.Text(c(`nav.pager a[aria-current="page"]`))); cur != "3" {
		t.Errorf("current page %q, want 3", cur)
	}
	if n := count(`#bulk tbody tr`); n != 50 {
		t.Errorf("page 3 lists %d stories, want 50", n)
	}
	// Search a word of the draft's text; move it to the trash after the
	// confirmation.
	err = steps(t, bctx,
		chromedp.SendKeys(c(`#q`), "pesut"),
		chromedp.Submit(c(`#q`)),
		chromedp.WaitVisible(c(`a[href="/redaksi/artikel/`+id+`"]`)),
		shot("articles-2-search"),
		chromedp.Navigate(base+"/redaksi/artikel/"+id+"/hapus"),
		chromedp.WaitVisible(c(`input[name=confirm]`)),
		shot("articles-3-confirm"),
		chromedp.Click(c(`input[name=confirm]`)),
		chromedp.Click(c(`form button.danger`)),
		chromedp.WaitVisible(c(`.flash`)),
		chromedp.WaitVisible(c(`#pick-`+id)),
		shot("articles-4-trash"),
	)
	if err != nil {
		t.Fatalf("search and trash: %v", err)
	}
	if s := status(); s != warta.StatusTrashed {
		t.Fatalf("after the confirmation the draft is %s", s)
	}
	// Restore it with its row's button, then submit it in bulk.
	err = steps(t, bctx,
		chromedp.Click(c(`button[formaction="/redaksi/artikel/`+id+`/kembalikan"]`)),
		// The trash page already shows the "moved to the trash" notice:
		// wait for the next page, where the row is gone.
		chromedp.WaitNotPresent(c(`#pick-`+id)),
		chromedp.WaitVisible(c(`.flash`)),
	)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if s := status(); s != warta.StatusDraft {
		t.Fatalf("restored to %s, want draft", s)
	}
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/?q=pesut"),
		chromedp.WaitVisible(c(`#pick-`+id)),
		chromedp.Click(c(`#pick-`+id)),
		chromedp.SetValue(c(`#bulk-action`), "submit"),
		chromedp.Click(c(`.bulk-bar button`)),
		chromedp.WaitVisible(c(`.bulk-done`)),
		shot("articles-5-bulk"),
	)
	if err != nil {
		t.Fatalf("bulk: %v", err)
	}
	if done, _ := chromedp.Run(bctx, chromedp.Text(c(`.bulk-done`))); !strings.Contains(done, title) {
		t.Errorf("bulk report: %q", done)
	}
	if s := status(); s != warta.StatusReview {
		t.Fatalf("after bulk submit the draft is %s", s)
	}
	// On a phone the list keeps its checkboxes, titles and statuses.
	err = steps(t, bctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/redaksi/?q=pesut"),
		chromedp.WaitVisible(c(`#pick-`+id)), shot("articles-6-phone"))
	if err != nil {
		t.Fatalf("phone: %v", err)
	}
}
