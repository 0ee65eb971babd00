package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserStaticPage: an editor writes a static page in the newsroom's
// editor, publishes it, and reads it on the site at phone width, linked
// from the footer.
func TestBrowserStaticPage(t *testing.T) {
	run := newBrowserRun(t)
	run.user(warta.RoleEditor, "redaktur@kabar.example", "Bima Redaktur")
	err := run.steps(
		run.login("redaktur@kabar.example"),
		run.leave(chromedp.Click(css(`.nr-nav a[href="/redaksi/halaman"]`)), `a[href="/redaksi/halaman/baru"]`),
		run.submitAndWait(`a[href="/redaksi/halaman/baru"]`, `.wt-content`),
		chromedp.SendKeys(css(`#title`), "Kebijakan Privasi"),
		chromedp.SetValue(css(`#status`), "published"),
		chromedp.Click(css(`.wt-content`)),
		chromedp.SendKeys(css(`.wt-content`), "Kami menyimpan alamat surel pembaca hanya untuk menjawab pesan mereka."),
		chromedp.SendKeys(css(`.wt-content`), "\r"),
		chromedp.Click(css(`button[aria-label="Subjudul H2"]`)),
		chromedp.SendKeys(css(`.wt-content`), "Data yang kami simpan\r"),
		chromedp.SendKeys(css(`.wt-content`), "Kunjungan dihitung tanpa kuki dan tanpa layanan pihak ketiga."),
		run.shot("pages-1-editor"),
		run.submitAndWait(`form button.primary[type=submit]`, `.flash`),
	)
	if err != nil {
		t.Fatalf("writing the page: %v", err)
	}
	if got := run.text(`.flash`); got != "Halaman disimpan." {
		t.Errorf("after saving, the notice reads %q", got)
	}
	err = run.steps(
		run.open("/redaksi/halaman", `table.list`),
		run.shot("pages-2-list"),
		run.open("/kebijakan-privasi", `main h1`),
		run.shotAt("pages-3-public-390", 390),
		chromedp.EmulateViewport(390, 900),
	)
	if err != nil {
		t.Fatalf("the public page: %v", err)
	}
	if h1 := run.text(`main h1`); h1 != "Kebijakan Privasi" {
		t.Errorf("h1 = %q", h1)
	}
	if h2 := run.text(`.story-body h2`); h2 != "Data yang kami simpan" {
		t.Errorf("the sub-heading reads %q", h2)
	}
	if body := run.text(`.story-body`); !strings.Contains(body, "tanpa layanan pihak ketiga") {
		t.Errorf("body = %q", body)
	}
	if run.count(`.footer-pages a[href="/kebijakan-privasi"]`) != 1 {
		t.Error("the footer does not link the page")
	}
	// No sideways scrolling on a phone.
	if w := run.eval(run.ctx, `(() => { const v = document.documentElement; return String(v.scrollWidth <= v.clientWidth) })()`); w != "true" {
		t.Error("the page scrolls sideways")
	}
}
