package main

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserWriting writes a story as an editor with the writing aids:
// a link through the link dialog (a bad address refused first), a photo
// whose caption and credit are edited in place, the featured photo from
// the grid's second page with a focal point, a tag made while writing,
// the SEO counters and previews, the preview with its banner; then it
// publishes and reads the public page.
func TestBrowserWriting(t *testing.T) {
	run := newBrowserRun(t)
	run.user(warta.RoleEditor, "redaktur@kabar.example", "Bima Redaktur")
	section := run.section()
	// clear empties a field as selecting its text and deleting would.
	clear := func(sel string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector(` + jsString(sel) + `); e.value = ''; e.dispatchEvent(new Event('input', {bubbles: true})); })()`)
	}

	title := "Nelayan Menanam Mangrove untuk Menahan Abrasi"
	err := run.steps(
		run.login("redaktur@kabar.example"),
		run.open("/redaksi/artikel/baru", `.wt-content`),
		// The headline box: Enter neither submits nor breaks the line.
		chromedp.SendKeys(css(`#title`), title+"\r"),
		chromedp.SendKeys(css(`#dek`), "Warga pesisir menanam seribu bibit bersama pelajar."),
		chromedp.SetValue(css(`#section`), fmt.Sprint(section)),
		chromedp.Click(css(`.wt-content`)),
		chromedp.SendKeys(css(`.wt-content`), "Bibit ditanam sejak pagi. Laporan: "),
		// The link dialog refuses a script address, then takes a good one.
		chromedp.Click(css(`button[aria-label="Tautan"]`)),
		chromedp.WaitVisible(css(`.wt-link input[type=text]`)),
		chromedp.SendKeys(css(`.wt-link input[type=text]`), "javascript:alert(1)\r"),
		run.waitFor(`document.querySelector('.wt-link .wt-search-failed') !== null`),
		clear(`.wt-link input[type=text]`),
		chromedp.SendKeys(css(`.wt-link input[type=text]`), "https://example.org/laporan"),
		chromedp.Click(css(`.wt-link input[type=checkbox]`)),
		chromedp.SendKeys(css(`.wt-link input[type=text]`), "\r"),
		chromedp.WaitVisible(css(`.wt-content a[href="https://example.org/laporan"][target="_blank"]`)),
		// A photo from the library, its caption and credit edited in place.
		chromedp.Click(css(`button[aria-label="Sisipkan foto"]`)),
		chromedp.WaitVisible(css(`.wt-media-find .wt-option`)),
		chromedp.Click(css(`.wt-media-find .wt-option`)),
		chromedp.WaitVisible(css(`.wt-photo .wt-photo-caption`)),
		clear(`.wt-photo-caption`),
		chromedp.SendKeys(css(`.wt-photo-caption`), "Bibit mangrove siap tanam"),
		clear(`.wt-photo-credit`),
		chromedp.SendKeys(css(`.wt-photo-credit`), "Kabar/Ani"),
		run.waitFor(`document.querySelector('#body_html').value.includes('<figcaption>Bibit mangrove siap tanam <span class="credit">Kabar/Ani</span></figcaption>')`),
		run.shot("writing-1-body"),
		// The featured photo from the grid's second page, with a focal point.
		chromedp.Click(css(`.wt-featured-actions .wt-btn-primary`)),
		chromedp.WaitVisible(css(`.wt-grid-item`)),
		chromedp.Click(css(`.wt-grid-pager .wt-btn:last-child`)),
		run.waitFor(`/^(Halaman 2 )/.test(document.querySelector('.wt-grid-page').textContent)`),
		chromedp.Click(css(`.wt-grid li:nth-child(2) .wt-grid-item`)),
		chromedp.WaitVisible(css(`.wt-focal-img`)),
		run.waitFor(`document.querySelector('.wt-focal-img').complete && document.querySelector('.wt-focal-img').naturalWidth > 0`),
		chromedp.Evaluate[chromedp.Void](`(() => {
			const img = document.querySelector('.wt-focal-img'), r = img.getBoundingClientRect();
			document.querySelector('.wt-focal-pad').dispatchEvent(new MouseEvent('click', {bubbles: true, detail: 1,
				clientX: r.left + r.width * 0.8, clientY: r.top + r.height * 0.3}));
		})()`),
		run.waitFor(`document.querySelector('.wt-dialog .wt-search-status').textContent === 'Titik fokus disimpan.'`),
		run.waitFor(`document.querySelector('[data-card-image] img') !== null`),
		run.shot("writing-2-featured"),
		// Close the dialog. The grid may still move as the saved focal
		// point redraws its crops, so a click at coordinates can miss:
		// press the button itself and wait until the dialog is closed and
		// its close event has handed the focus back to the button that
		// opened it: typing before then would lose keys to that button.
		chromedp.Evaluate[chromedp.Void](`document.querySelector('.wt-dialog .wt-search-row .wt-btn').click()`),
		run.waitFor(`document.querySelector('dialog[open]') === null && document.activeElement === document.querySelector('.wt-featured-actions .wt-btn-primary')`),
		// A new tag, made while writing.
		chromedp.SendKeys(css(`#tag-new`), "Mangrove Pesisir Utara"),
		run.waitFor(`document.querySelector('.wt-tag-add').textContent === 'Tambah topik “Mangrove Pesisir Utara”'`),
		chromedp.Click(css(`.wt-tag-add`)),
		run.waitFor(`[...document.querySelector('#tags').selectedOptions].some(o => o.textContent === 'Mangrove Pesisir Utara')`),
		// Counters and previews follow the SEO fields, falling back to the headline.
		run.waitFor(`document.querySelector('[data-card-title]').textContent === `+jsString(title)),
		chromedp.SendKeys(css(`#seo_title`), "Seribu Mangrove di Pesisir"),
		run.waitFor(`document.querySelector('#seo_title-count').textContent === '26/60 karakter'`),
		run.waitFor(`document.querySelector('[data-serp-title]').textContent.startsWith('Seribu Mangrove di Pesisir - ')`),
		run.waitFor(`document.querySelector('[data-card-title]').textContent === 'Seribu Mangrove di Pesisir'`),
		run.waitFor(`document.querySelector('[data-card-desc]').textContent === 'Warga pesisir menanam seribu bibit bersama pelajar.'`),
		run.shot("writing-3-seo"),
		run.submitAndWait(`button[value=save]`, `.flash`),
	)
	if err != nil {
		t.Fatalf("writing: %v", err)
	}
	if got, _ := chromedp.Run(run.ctx, chromedp.Evaluate[string](`document.querySelector('#title').value`)); got != title {
		t.Errorf("headline after Enter and save = %q", got)
	}
	editPath, err := chromedp.Run(run.ctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	err = run.steps(
		run.open(editPath+"/pratinjau?lebar=ponsel", `.preview-frame`),
		run.shot("writing-4-preview"),
		run.open(editPath+"/pratinjau/halaman", `.preview-banner`),
	)
	if err != nil {
		t.Fatalf("preview: %v", err)
	}
	if got := run.text(`.preview-banner`); got != "Pratinjau — belum terbit" {
		t.Errorf("preview banner %q", got)
	}
	if n, _ := chromedp.Run(run.ctx, chromedp.Evaluate[int](`document.querySelectorAll('.times time').length`)); n != 0 {
		t.Errorf("a draft's preview shows %d times", n)
	}
	link := run.publish(editPath, "writing-5-public")
	if got := run.text(`.story-body figure.image figcaption`); got != "Bibit mangrove siap tanam Foto: Kabar/Ani" && got != "Bibit mangrove siap tanam Kabar/Ani" {
		t.Errorf("body photo caption %q", got)
	}
	if got := run.text(`.tags`); !strings.Contains(got, "Mangrove Pesisir Utara") {
		t.Errorf("tags %q", got)
	}
	if n, _ := chromedp.Run(run.ctx, chromedp.Evaluate[int](`document.querySelectorAll('.story-body a[href="https://example.org/laporan"][target="_blank"][rel~="noopener"]').length`)); n != 1 {
		t.Errorf("%d new-tab links to the report, want 1", n)
	}
	// The featured photo carries the focal point; its card crops follow it.
	var a *warta.Article
	err = run.m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleBySlug(context.Background(), strings.TrimSuffix(link[strings.LastIndex(link, "/")+1:], "/"))
		return err
	})
	if err != nil || a.FeaturedMedia == nil || a.FeaturedMedia.Focal == nil || a.FeaturedMedia.Focal.X < 0.7 || a.FeaturedMedia.Focal.Y > 0.4 {
		t.Errorf("featured photo focal point: %+v %v", a, err)
	}
}
