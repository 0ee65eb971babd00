package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
)

// axePage is one page the accessibility check opens: a path whose {name}
// placeholders axeFill fills from the demo data, a selector that shows the
// page is there, and the status it answers with (0 for 200), so a page
// type that went missing is not checked as an error page instead. Pages
// added by later features go in axePublic or axeNewsroom with one line
// each.
type axePage struct {
	name, path, wait string
	status           int64
}

// axePublic are the reader's page types, checked signed out.
var axePublic = []axePage{
	{"home", "/", "main", 0},
	{"section", "/{section}/", "main", 0},
	{"section page 2", "/{section}/?page=2", "main", 0},
	{"article", "{article}", "article.story h1", 0},
	{"article with a correction", "{corrected}", "article.story h1", 0},
	{"author", "/penulis/{author}", "main", 0},
	{"tag", "/tag/{tag}", "main", 0},
	{"indeks", "/indeks", "main", 0},
	{"a day", "/indeks/{day}", "main", 0},
	{"search results", "/cari?q={word}", "main", 0},
	{"static page", "/tentang-kami", "main h1", 0},
	{"404", "/tidak-ada-halaman-ini", "main", 404},
	{"corrections log", "/koreksi", "main h1", 0},
	{"takedown log", "/koreksi/pencabutan", "main h1", 0},
	{"masthead", "/susunan-redaksi", "main h1", 0},
	{"press guideline", "/pedoman-media-siber", "main h1", 0},
	{"complaint form", "/pengaduan", "main form", 0},
	{"right of reply form", "/hak-jawab/{articleID}", "main form", 0},
}

// axeNewsroom are the newsroom's pages, checked signed in as an
// administrator (the sign-in page is checked before, signed out).
var axeNewsroom = []axePage{
	{"dashboard", "/redaksi/", ".nr-nav", 0},
	{"article list", "/redaksi/?status=published", "table.list", 0},
	{"edit page", "/redaksi/artikel/{articleID}", ".wt-content", 0},
	{"media", "/redaksi/media", ".nr-nav", 0},
	{"people", "/redaksi/orang", ".nr-nav", 0},
	{"settings", "/redaksi/pengaturan", ".nr-nav", 0},
	{"complaints queue", "/redaksi/pengaduan", ".nr-nav", 0},
}

// axeWidths are the window widths each page is checked at: a desktop and
// a phone.
var axeWidths = []int64{1280, 390}

// axeRun is the check axe-core runs: the WCAG 2.0 and 2.1 A and AA rules,
// and axe's best practices, which catch what a screen reader's user meets
// though no success criterion names it (two search landmarks with the
// same name, on /cari). Only violations are collected, which halves the
// time a run takes. Each comes back as rule, impact, help and the
// selectors of the elements at fault.
const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']}).then(r =>
	JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
		targets: v.nodes.map(n => n.target.join(' '))}))))`

// axeViolation is one rule a page breaks, as axeRun reports it.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// axeSource is axe-core's script, from scripts/axe.sh through WARTA_AXE_JS.
// Under CI=true a missing file fails the test; elsewhere it skips with the
// command that installs it.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("WARTA_AXE_JS")
	if path != "" {
		b, err := os.ReadFile(path)
		if err == nil {
			return string(b)
		}
		if os.Getenv("CI") == "true" {
			t.Fatalf("WARTA_AXE_JS: %v", err)
		}
		t.Skipf("axe-core not readable (%v): export WARTA_AXE_JS=$(bash scripts/axe.sh)", err)
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("WARTA_AXE_JS is not set; run the suite through scripts/test.sh")
	}
	t.Skip("axe-core not installed: export WARTA_AXE_JS=$(bash scripts/axe.sh)")
	return ""
}

// axePerRun is how many pages one browser checks: each run of the browser
// tests has browserTimeout, and axe takes seconds a page on a busy machine.
const axePerRun = 5

// TestBrowserAccessibilityPublic opens every public page type in Chromium
// at desktop and phone width, runs axe-core's WCAG 2.1 A and AA rules and
// best practices in each and fails on any violation, naming the rule, its
// impact, the elements, the page and the width.
func TestBrowserAccessibilityPublic(t *testing.T) {
	source := axeSource(t)
	for i := 0; i < len(axePublic); i += axePerRun {
		pages := axePublic[i:min(i+axePerRun, len(axePublic))]
		t.Run(pages[0].name, func(t *testing.T) {
			run := newBrowserRun(t)
			fill := axeFill(t, run)
			for _, p := range pages {
				axeCheck(t, run, source, fill, p)
			}
		})
	}
}

// TestBrowserAccessibilityNewsroom does the same for the newsroom's main
// pages, the sign-in page signed out and the rest signed in as an
// administrator.
func TestBrowserAccessibilityNewsroom(t *testing.T) {
	source := axeSource(t)
	for i := 0; i < len(axeNewsroom); i += axePerRun {
		pages := axeNewsroom[i:min(i+axePerRun, len(axeNewsroom))]
		t.Run(pages[0].name, func(t *testing.T) {
			run := newBrowserRun(t)
			run.user(warta.RoleAdministrator, "aksesibel@kabar.example", "Ayu Aksesibel")
			fill := axeFill(t, run)
			if i == 0 {
				axeCheck(t, run, source, fill, axePage{"sign-in", "/redaksi/masuk", "#email", 0})
			}
			if err := run.steps(chromedp.EmulateViewport(axeWidths[0], 900), run.login("aksesibel@kabar.example")); err != nil {
				t.Fatalf("signing in: %v", err)
			}
			for _, p := range pages {
				axeCheck(t, run, source, fill, p)
			}
		})
	}
}

// axeCheck opens page p, loads axe-core (source) into it and runs axeRun
// at each of axeWidths; each violation is an error of the test.
func axeCheck(t *testing.T, run *browserRun, source string, fill *strings.Replacer, p axePage) {
	t.Helper()
	path := fill.Replace(p.path)
	if strings.Contains(path, "{") {
		t.Errorf("%s: no demo data for %s", p.name, path)
		return
	}
	// The page loads at desktop width; the phone width is the same
	// document laid out again, which is all a media query changes.
	if err := run.steps(chromedp.EmulateViewport(axeWidths[0], 900)); err != nil {
		t.Fatal(err)
	}
	res, err := chromedp.Run(run.ctx, chromedp.NavigateResponse(run.base+path))
	if err == nil {
		err = run.steps(chromedp.WaitVisible(css(p.wait)))
	}
	if err != nil {
		t.Errorf("%s (%s): %v", p.name, path, err)
		return
	}
	if want := max(p.status, 200); res.Status != want {
		t.Errorf("%s (%s): status %d, want %d", p.name, path, res.Status, want)
		return
	}
	// axe-core is evaluated through the DevTools protocol, which the
	// pages' Content Security Policy (scripts from the site only) does
	// not govern: the policy stays on, as readers get it.
	if _, err := chromedp.Run(run.ctx, chromedp.Evaluate[chromedp.Void](source)); err != nil {
		t.Fatalf("%s: loading axe-core: %v", p.name, err)
	}
	for _, w := range axeWidths {
		var got string
		_, err := chromedp.Run(run.ctx, chromedp.EmulateViewport(w, 900))
		if err == nil {
			got, err = chromedp.Run(run.ctx, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
		}
		if err != nil {
			t.Errorf("%s (%s) at %d px: axe: %v", p.name, path, w, err)
			continue
		}
		// With $WARTA_SCREENSHOTS set, each page is kept as checked.
		if err := run.steps(run.shot(fmt.Sprintf("axe-%s-%d", strings.ReplaceAll(p.name, " ", "-"), w))); err != nil {
			t.Errorf("%s: screenshot: %v", p.name, err)
		}
		var list []axeViolation
		if err := json.Unmarshal([]byte(got), &list); err != nil {
			t.Fatalf("axe's answer %q: %v", got, err)
		}
		for _, v := range list {
			t.Errorf("%s (%s) at %d px: %s [%s] %s: %s", p.name, path, w, v.ID, v.Impact, v.Help, strings.Join(v.Targets, " | "))
		}
	}
}

// axeFill finds the demo data the pages' placeholders stand for: a story
// (by two authors if the demo has one), one with a correction note, its section, author, tag and day, a word to
// search for. It adds a published static page, /tentang-kami.
func axeFill(t *testing.T, run *browserRun) *strings.Replacer {
	t.Helper()
	ctx := context.Background()
	var plain, corrected *warta.Article
	var loc *time.Location
	err := run.m.Store.View(ctx, func(tx warta.ReadTx) error {
		settings, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		loc = settings.Location()
		published := warta.StatusPublished
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Limit: 500})
		if err != nil {
			return err
		}
		// The story checked is one by two authors if there is one: each
		// has a box about them, the landmarks most alike on a page.
		for _, a := range list {
			full, err := tx.FindArticleByID(ctx, a.ID)
			if err != nil {
				return err
			}
			switch {
			case len(full.Corrections) > 0:
				if corrected == nil {
					corrected = full
				}
			case len(full.Tags) > 0 && len(full.Authors) > 0 && (plain == nil || len(plain.Authors) < 2 && len(full.Authors) > 1):
				plain = full
			}
			if corrected != nil && plain != nil && len(plain.Authors) > 1 {
				return nil
			}
		}
		if corrected != nil && plain != nil {
			return nil
		}
		return fmt.Errorf("%d published stories, not one with a correction note and one with a tag and an author", len(list))
	})
	if err != nil {
		t.Fatalf("demo data: %v", err)
	}
	err = run.m.Store.Update(ctx, func(tx warta.Tx) error {
		return tx.CreatePage(ctx, &warta.Page{Slug: "tentang-kami", Title: "Tentang Kami", Status: warta.PagePublished,
			PublishedAt: tx.Now(), BodyHTML: "<p>Kabar adalah media daring yang menulis dari daerah.</p>"})
	})
	if err != nil {
		t.Fatalf("static page: %v", err)
	}
	return strings.NewReplacer(
		"{article}", plain.Path(loc),
		"{articleID}", strconv.FormatInt(plain.ID, 10),
		"{corrected}", corrected.Path(loc),
		"{section}", plain.Section.Slug,
		"{author}", plain.Authors[0].Slug,
		"{tag}", plain.Tags[0].Slug,
		"{day}", plain.PublishedAt.In(loc).Format("2006-01-02"),
		"{word}", strings.ToLower(strings.Fields(plain.Title)[0]),
	)
}
