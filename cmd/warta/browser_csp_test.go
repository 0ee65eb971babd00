package main

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// cspWatch collects what Chromium reports against the pages' Content
// Security Policy: the console's "Refused to …" lines (they come also for
// what is blocked while the page is parsed, before any script of ours
// could listen) and securitypolicyviolation events caught in the page.
type cspWatch struct {
	mu   sync.Mutex
	seen []string
}

func (w *cspWatch) add(s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seen = append(w.seen, s)
}

func (w *cspWatch) take() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.seen
	w.seen = nil
	return s
}

// watchCSP starts collecting the tab's console messages about the policy.
func watchCSP(ctx context.Context) *cspWatch {
	w := &cspWatch{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "Content Security Policy") {
				w.add(m.Text)
			}
		}
	}()
	return w
}

// listenCSP adds a securitypolicyviolation listener to the open page.
const listenCSP = `window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))`

// TestBrowserPagesWorkUnderCSP opens the home page, an article, search
// and the newsroom editor in Chromium with the site's policies on, fails
// on any violation, and checks the editor still works under the
// newsroom's stricter policy: typing in the body and saving.
func TestBrowserPagesWorkUnderCSP(t *testing.T) {
	run := newBrowserRun(t)
	run.user(warta.RoleEditor, "csp@kabar.example", "Sari Kebijakan")
	watch := watchCSP(run.ctx)
	check := func(page string) {
		t.Helper()
		var inPage []string
		if _, err := chromedp.Run(run.ctx, chromedp.Evaluate[chromedp.Void](`window.__csp = window.__csp || []`)); err == nil {
			inPage, _ = chromedp.Run(run.ctx, chromedp.Evaluate[[]string](`window.__csp`))
		}
		if got := append(watch.take(), inPage...); len(got) > 0 {
			t.Errorf("%s: Content Security Policy violations:\n%s", page, strings.Join(got, "\n"))
		}
	}
	// The public pages: the home page, its first story, a search.
	if err := run.steps(run.open("/", `main`), chromedp.Evaluate[chromedp.Void](listenCSP)); err != nil {
		t.Fatalf("home page: %v", err)
	}
	check("home page")
	article := run.eval(run.ctx, `document.querySelector('main .card a[href^="/"], main article a[href^="/"]').pathname`)
	if err := run.steps(run.open(article, `article.story h1`), chromedp.Evaluate[chromedp.Void](listenCSP), run.shot("csp-article")); err != nil {
		t.Fatalf("article %s: %v", article, err)
	}
	check("article " + article)
	word := strings.Fields(run.text(`article.story h1`))[0]
	if err := run.steps(run.open("/cari?q="+word, `main`), chromedp.Evaluate[chromedp.Void](listenCSP)); err != nil {
		t.Fatalf("search: %v", err)
	}
	check("search")

	// The newsroom editor: a new story, typed and saved.
	err := run.steps(
		run.login("csp@kabar.example"),
		run.open("/redaksi/artikel/baru", `.wt-content`),
		chromedp.Evaluate[chromedp.Void](listenCSP),
		chromedp.SendKeys(css(`#title`), "Kebijakan Keamanan Diuji"),
		chromedp.SendKeys(css(`#dek`), "Dek cerita uji kebijakan."),
		chromedp.SetValue(css(`#section`), strconv.FormatInt(run.section(), 10)),
		chromedp.Click(css(`.wt-content`)),
		chromedp.SendKeys(css(`.wt-content`), "Editor tetap bekerja di bawah kebijakan."),
		run.waitFor(`document.querySelector('.wt-content').textContent.includes('di bawah kebijakan')`),
		run.submitAndWait(`button[value=save]`, `.flash`),
		chromedp.Evaluate[chromedp.Void](listenCSP),
		run.waitFor(`document.querySelector('.wt-content') && document.querySelector('.wt-content').textContent.includes('di bawah kebijakan')`),
		run.shot("csp-editor"),
	)
	if err != nil {
		t.Fatalf("editor: %v", err)
	}
	check("editor")

	// The watch itself works: an inline script the page did not send is
	// refused and reported.
	run.eval(run.ctx, `(() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.head.append(s); return String(window.__ran) })()`)
	if err := run.steps(run.waitFor(`window.__csp.length > 0`)); err != nil {
		t.Fatalf("the injected inline script was not reported: %v", err)
	}
	if ran := run.eval(run.ctx, `String(window.__ran)`); ran != "undefined" {
		t.Errorf("an inline script ran in the newsroom: %s", ran)
	}
	watch.take()
}
