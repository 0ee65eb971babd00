package main

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserAutosaveAndConflicts writes a new story in Chromium and lets
// autosave create it (the request is answered 200: the page moves to the
// story's address), reloads it, gets a kept local copy back, then edits
// the story in two tabs: the stale tab's save shows the comparison, is
// resolved (take theirs for one field, keep mine for another), and a
// second conflict in a row is resolved the same way, with no text lost.
func TestBrowserAutosaveAndConflicts(t *testing.T) {
	run := newBrowserRun(t)
	run.user(warta.RoleEditor, "penyunting@kabar.example", "Rani Penyunting")
	section := run.section()
	tabA := run.ctx

	// A new story: its first autosave (on leaving the body) creates it.
	err := run.steps(
		run.login("penyunting@kabar.example"),
		run.open("/redaksi/artikel/baru", `.wt-content`),
		chromedp.SendKeys(css(`#title`), "Nelayan Pulang Lebih Awal"),
		chromedp.SetValue(css(`#section`), strconv.FormatInt(section, 10)),
		chromedp.Click(css(`.wt-content`)),
		chromedp.SendKeys(css(`.wt-content`), "Gelombang tinggi membuat perahu kembali sebelum subuh."),
		chromedp.Click(css(`#dek`)),
		run.waitFor(`/^\/redaksi\/artikel\/\d+$/.test(location.pathname) && document.querySelector('[data-autosave-status]').textContent.startsWith('Tersimpan')`),
		run.shot("autosave-1-created"),
	)
	if err != nil {
		t.Fatalf("autosave of a new story: %v", err)
	}
	path := run.eval(tabA, `location.pathname`)
	id, _ := strconv.ParseInt(path[strings.LastIndex(path, "/")+1:], 10, 64)
	if a := run.article(id); !strings.Contains(a.BodyHTML, "Gelombang tinggi") || a.Status != warta.StatusDraft {
		t.Fatalf("stored after autosave: %q %s", a.BodyHTML, a.Status)
	}
	// A reload shows the saved text; a copy this browser kept and the
	// server never got is offered back.
	err = run.steps(
		chromedp.Reload(),
		chromedp.WaitVisible(css(`.wt-content`)),
		run.waitFor(`document.querySelector('.wt-content').textContent.includes('Gelombang tinggi')`),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem('warta:draft:%d', JSON.stringify({at: Date.now(), values: {title: ['Nelayan Pulang Lebih Awal'], dek: ['Dek yang belum sempat tersimpan.'], body_html: ['<p>Gelombang tinggi membuat perahu kembali sebelum subuh.</p>']}}))`, id)),
		chromedp.Reload(),
		chromedp.WaitVisible(css(`[data-restore]`)),
		run.shot("autosave-2-restore"),
		chromedp.Click(css(`[data-restore]`)),
		run.waitFor(`document.querySelector('#dek').value === 'Dek yang belum sempat tersimpan.'`),
		run.submitAndWait(`button[value=save]`, `.flash`),
	)
	if err != nil {
		t.Fatalf("reload and restore: %v", err)
	}
	if a := run.article(id); a.Dek != "Dek yang belum sempat tersimpan." {
		t.Fatalf("restored dek not saved: %q", a.Dek)
	}

	// Two tabs on the same story.
	tabB := run.tab()
	err = steps(t, tabB, run.open(path, `.wt-content`), run.waitFor(`!document.querySelector('[data-presence]').hidden || true`))
	if err != nil {
		t.Fatalf("second tab: %v", err)
	}
	setField := func(sel, value string) chromedp.Action[chromedp.Void] {
		clear := fmt.Sprintf(`document.querySelector(%q).value = ''`, sel)
		return chromedp.Steps(chromedp.Evaluate[chromedp.Void](clear), chromedp.SendKeys(css(sel), value))
	}
	resolveAndSave := func(tab context.Context, choices map[string]string, name string) {
		t.Helper()
		// The stale save brings the comparison into the page, or a new
		// page shows it.
		if err := steps(t, tab, chromedp.WaitVisible(css(`[data-conflict]`)), run.shot(name)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// A "saved" message from an earlier save must not stand beside
		// the comparison (nothing was saved).
		if run.eval(tab, `String(document.querySelector('.flash') !== null)`) != "false" {
			t.Fatalf("%s: a stale saved message is shown beside the conflict", name)
		}
		var actions []chromedp.Action[chromedp.Void]
		for field, choice := range choices {
			actions = append(actions, chromedp.Click(css(`input[name="resolve_`+field+`"][value="`+choice+`"]`)))
		}
		actions = append(actions, run.submitAndWait(`button[value=save]`, `.flash`))
		if err := steps(t, tab, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	// Tab A saves a new dek; tab B, stale, a new title. Tab A still shows
	// the restored save's message: the wait is for the next page's.
	if err := steps(t, tabA, setField(`#dek`, "Dek dari tab A."), run.submitAndWait(`button[value=save]`, `.flash`)); err != nil {
		t.Fatalf("tab A saves: %v", err)
	}
	if err := steps(t, tabB, setField(`#title`, "Judul dari Tab B"), chromedp.Click(css(`button[value=save]`))); err != nil {
		t.Fatalf("tab B saves: %v", err)
	}
	resolveAndSave(tabB, map[string]string{"dek": "theirs", "title": "mine"}, "autosave-3-conflict")
	if a := run.article(id); a.Title != "Judul dari Tab B" || a.Dek != "Dek dari tab A." {
		t.Fatalf("after the first conflict: title %q, dek %q", a.Title, a.Dek)
	}
	// Tab A is stale now: its new SEO title meets tab B's title.
	if err := steps(t, tabA, setField(`#seo_title`, "Nelayan Pulang Awal karena Gelombang"), chromedp.Click(css(`button[value=save]`))); err != nil {
		t.Fatalf("tab A saves again: %v", err)
	}
	resolveAndSave(tabA, map[string]string{"title": "theirs", "seo_title": "mine"}, "autosave-4-second-conflict")
	a := run.article(id)
	if a.Title != "Judul dari Tab B" || a.Dek != "Dek dari tab A." || a.SEOTitle != "Nelayan Pulang Awal karena Gelombang" ||
		!strings.Contains(a.BodyHTML, "Gelombang tinggi") {
		t.Fatalf("after the second conflict: %+v", a)
	}
	var revs []*warta.Revision
	run.m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		revs, err = tx.FindRevisions(context.Background(), id)
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
