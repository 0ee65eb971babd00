package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/editorial"
)

// TestBrowserFindingStoriesAndTrash drives the article list on the demo
// (327 stories) in Chromium as an editor: page 3 of the list, a search
// that finds a draft by a word of its text, moving the draft to the trash
// through the confirmation, restoring it from the trash, and a bulk
// action on it.
func TestBrowserFindingStoriesAndTrash(t *testing.T) {
	run := newBrowserRun(t)
	ed := run.user(warta.RoleEditor, "redaktur@kabar.example", "Bima Redaktur")
	sectionID := run.section()
	title, text := "Catatan Liputan dari Teluk", "<p>Nelayan melihat kawanan pesut di muara sungai pagi tadi.</p>"
	draft, err := run.m.Editorial.Create(context.Background(), ed, editorial.Input{Title: &title, BodyHTML: &text, SectionID: &sectionID}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	id := fmt.Sprint(draft.ID)
	status := func() warta.Status { return run.article(draft.ID).Status }

	// Page 3 of the list: stories 101 to 150.
	err = run.steps(
		run.login(ed.Email),
		chromedp.WaitVisible(css(`nav.pager`)),
		run.submitAndWait(`nav.pager a[href$="page=3"]`, `nav.pager a[aria-current="page"]`),
		run.shot("articles-1-page3"),
	)
	if err != nil {
		t.Fatalf("paging: %v", err)
	}
	if cur, _ := chromedp.Run(run.ctx, chromedp.Text(css(`nav.pager a[aria-current="page"]`))); cur != "3" {
		t.Errorf("current page %q, want 3", cur)
	}
	if n := run.count(`#bulk tbody tr`); n != 50 {
		t.Errorf("page 3 lists %d stories, want 50", n)
	}
	// Search a word of the draft's text; move it to the trash after the
	// confirmation.
	err = run.steps(
		chromedp.SendKeys(css(`#q`), "pesut"),
		run.leave(chromedp.Submit(css(`#q`)), `a[href="/redaksi/artikel/`+id+`"]`),
		run.shot("articles-2-search"),
		run.open("/redaksi/artikel/"+id+"/hapus", `input[name=confirm]`),
		run.shot("articles-3-confirm"),
		chromedp.Click(css(`input[name=confirm]`)),
		run.submitAndWait(`form button.danger`, `.flash`),
		chromedp.WaitVisible(css(`#pick-`+id)),
		run.shot("articles-4-trash"),
	)
	if err != nil {
		t.Fatalf("search and trash: %v", err)
	}
	if s := status(); s != warta.StatusTrashed {
		t.Fatalf("after the confirmation the draft is %s", s)
	}
	// Restore it with its row's button, then submit it in bulk.
	err = run.steps(
		// The trash page already shows the "moved to the trash" notice:
		// wait for the next page, where the row is gone.
		run.submitAndWait(`button[formaction="/redaksi/artikel/`+id+`/kembalikan"]`, `.flash`),
		chromedp.WaitNotPresent(css(`#pick-`+id)),
	)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if s := status(); s != warta.StatusDraft {
		t.Fatalf("restored to %s, want draft", s)
	}
	err = run.steps(
		run.open("/redaksi/?q=pesut", `#pick-`+id),
		chromedp.Click(css(`#pick-`+id)),
		chromedp.SetValue(css(`#bulk-action`), "submit"),
		run.submitAndWait(`.bulk-bar button`, `.bulk-done`),
		run.shot("articles-5-bulk"),
	)
	if err != nil {
		t.Fatalf("bulk: %v", err)
	}
	if done, _ := chromedp.Run(run.ctx, chromedp.Text(css(`.bulk-done`))); !strings.Contains(done, title) {
		t.Errorf("bulk report: %q", done)
	}
	if s := status(); s != warta.StatusReview {
		t.Fatalf("after bulk submit the draft is %s", s)
	}
	// On a phone the list keeps its checkboxes, titles and statuses.
	err = run.steps(chromedp.EmulateViewport(390, 844), run.open("/redaksi/?q=pesut", `#pick-`+id), run.shot("articles-6-phone"))
	if err != nil {
		t.Fatalf("phone: %v", err)
	}
}
