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
)

// TestBrowserWriting writes a story as an editor with the writing aids:
// a link through the link dialog (a bad address refused first), a photo
// whose caption and credit are edited in place, the featured photo from
// the grid's second page with a focal point, a tag made while writing,
// the SEO counters and previews, the preview with its banner; then it
// publishes and reads the public page.
func TestBrowserWriting(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	var section int64
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		p := &warta.Person{Name: "Bima Redaktur", Slug: "bima-redaktur-uji"}
		if err := tx.CreatePerson(ctx, p); err != nil {
			return err
		}
		secs, err := tx.FindSections(ctx)
		if err != nil || len(secs) == 0 {
			return fmt.Errorf("sections: %v", err)
		}
		section = secs[0].ID
		return tx.CreateUser(ctx, &warta.User{Email: "redaktur@kabar.example", Name: p.Name, Role: warta.RoleEditor, PasswordHash: hash, PersonID: p.ID})
	})
	if err != nil {
		t.Fatal(err)
	}

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
	bctx, cancelTimeout := context.WithTimeout(bctx, 90*time.Second)
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
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, "writing-"+name+".png"), buf, 0o644)
		}
	}
	// until waits for a script's condition to hold.
	until := func(js string) chromedp.Action[chromedp.Void] {
		return chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond))
	}
	// clear empties a field as selecting its text and deleting would.
	clear := func(sel string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector(` + jsString(sel) + `); e.value = ''; e.dispatchEvent(new Event('input', {bubbles: true})); })()`)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(c(sel)))
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}

	title := "Nelayan Menanam Mangrove untuk Menahan Abrasi"
	err = timedSteps(t, bctx,
		chromedp.Navigate(base+"/redaksi/masuk"),
		chromedp.WaitVisible(c(`#email`)),
		chromedp.SendKeys(c(`#email`), "redaktur@kabar.example"),
		chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
		chromedp.Click(c(`form button[type=submit]`)),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/artikel/baru"),
		chromedp.WaitVisible(c(`.wt-content`)),
		// The headline box: Enter neither submits nor breaks the line.
		chromedp.SendKeys(c(`#title`), title+"\r"),
		chromedp.SendKeys(c(`#dek`), "Warga pesisir menanam seribu bibit bersama pelajar."),
		chromedp.SetValue(c(`#section`), fmt.Sprint(section)),
		chromedp.Click(c(`.wt-content`)),
		chromedp.SendKeys(c(`.wt-content`), "Bibit ditanam sejak pagi. Laporan: "),
		// The link dialog refuses a script address, then takes a good one.
		chromedp.Click(c(`button[aria-label="Tautan"]`)),
		chromedp.WaitVisible(c(`.wt-link input[type=text]`)),
		chromedp.SendKeys(c(`.wt-link input[type=text]`), "javascript:alert(1)\r"),

		until(`document.querySelector('.wt-link .wt-search-failed') !== null`),
		clear(`.wt-link input[type=text]`),
		chromedp.SendKeys(c(`.wt-link input[type=text]`), "https://example.org/laporan"),
		chromedp.Click(c(`.wt-link input[type=checkbox]`)),
		chromedp.SendKeys(c(`.wt-link input[type=text]`), "\r"),
		chromedp.WaitVisible(c(`.wt-content a[href="https://example.org/laporan"][target="_blank"]`)),
		// A photo from the library, its caption and credit edited in place.
		chromedp.Click(c(`button[aria-label="Sisipkan foto"]`)),
		chromedp.WaitVisible(c(`.wt-media-find .wt-option`)),
		chromedp.Click(c(`.wt-media-find .wt-option`)),
		chromedp.WaitVisible(c(`.wt-photo .wt-photo-caption`)),
		clear(`.wt-photo-caption`),
		chromedp.SendKeys(c(`.wt-photo-caption`), "Bibit mangrove siap tanam"),
		clear(`.wt-photo-credit`),
		chromedp.SendKeys(c(`.wt-photo-credit`), "Kabar/Ani"),
		until(`document.querySelector('#body_html').value.includes('<figcaption>Bibit mangrove siap tanam <span class="credit">Kabar/Ani</span></figcaption>')`),
		shot("1-body"),
		// The featured photo from the grid's second page, with a focal point.
		chromedp.Click(c(`.wt-featured-actions .wt-btn-primary`)),
		chromedp.WaitVisible(c(`.wt-grid-item`)),
		chromedp.Click(c(`.wt-grid-pager .wt-btn:last-child`)),
		until(`/^(Halaman 2 )/.test(document.querySelector('.wt-grid-page').textContent)`),
		chromedp.Click(c(`.wt-grid li:nth-child(2) .wt-grid-item`)),
		chromedp.WaitVisible(c(`.wt-focal-img`)),
		until(`document.querySelector('.wt-focal-img').complete && document.querySelector('.wt-focal-img').naturalWidth > 0`),
		chromedp.Evaluate[chromedp.Void](`(() => {
			const img = document.querySelector('.wt-focal-img'), r = img.getBoundingClientRect();
			document.querySelector('.wt-focal-pad').dispatchEvent(new MouseEvent('click', {bubbles: true, detail: 1,
				clientX: r.left + r.width * 0.8, clientY: r.top + r.height * 0.3}));
		})()`),
		until(`document.querySelector('.wt-dialog .wt-search-status').textContent === 'Titik fokus disimpan.'`),
		until(`document.querySelector('[data-card-image] img') !== null`),
		shot("2-featured"),
		chromedp.Click(c(`.wt-dialog .wt-search-row .wt-btn`)),
		// A new tag, made while writing.
		chromedp.SendKeys(c(`#tag-new`), "Mangrove Pesisir Utara"),
		until(`document.querySelector('.wt-tag-add').textContent === 'Tambah topik “Mangrove Pesisir Utara”'`),
		chromedp.Click(c(`.wt-tag-add`)),
		until(`[...document.querySelector('#tags').selectedOptions].some(o => o.textContent === 'Mangrove Pesisir Utara')`),
		// Counters and previews follow the SEO fields, falling back to the headline.
		until(`document.querySelector('[data-card-title]').textContent === `+jsString(title)),
		chromedp.SendKeys(c(`#seo_title`), "Seribu Mangrove di Pesisir"),
		until(`document.querySelector('#seo_title-count').textContent === '26/60 karakter'`),
		until(`document.querySelector('[data-serp-title]').textContent.startsWith('Seribu Mangrove di Pesisir - ')`),
		until(`document.querySelector('[data-card-title]').textContent === 'Seribu Mangrove di Pesisir'`),
		until(`document.querySelector('[data-card-desc]').textContent === 'Warga pesisir menanam seribu bibit bersama pelajar.'`),
		shot("3-seo"),
		chromedp.Click(c(`button[value=save]`)),
		chromedp.WaitVisible(c(`.flash`)),
	)
	if err != nil {
		t.Fatalf("writing: %v", err)
	}
	if got, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('#title').value`)); got != title {
		t.Errorf("headline after Enter and save = %q", got)
	}
	editPath, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	err = timedSteps(t, bctx,
		chromedp.Navigate(base+editPath+"/pratinjau?lebar=ponsel"),
		chromedp.WaitVisible(c(`.preview-frame`)),
		shot("4-preview"),
		chromedp.Navigate(base+editPath+"/pratinjau/halaman"),
		chromedp.WaitVisible(c(`.preview-banner`)),
	)
	if err != nil {
		t.Fatalf("preview: %v", err)
	}
	if got := text(`.preview-banner`); got != "Pratinjau — belum terbit" {
		t.Errorf("preview banner %q", got)
	}
	if n, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('.times time').length`)); n != 0 {
		t.Errorf("a draft's preview shows %d times", n)
	}
	err = timedSteps(t, bctx,
		chromedp.Navigate(base+editPath),
		chromedp.WaitVisible(c(`button[value=publish]`)),
		chromedp.Click(c(`button[value=publish]`)),
		chromedp.WaitVisible(c(`#lihat-situs`)),
	)
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	link, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`#lihat-situs`), "href"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.Navigate(link.Value), chromedp.WaitVisible(c(`article.story h1`)), shot("5-public")); err != nil {
		t.Fatal(err)
	}
	if got := text(`.story-body figure.image figcaption`); got != "Bibit mangrove siap tanam Foto: Kabar/Ani" && got != "Bibit mangrove siap tanam Kabar/Ani" {
		t.Errorf("body photo caption %q", got)
	}
	if got := text(`.tags`); !strings.Contains(got, "Mangrove Pesisir Utara") {
		t.Errorf("tags %q", got)
	}
	if n, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('.story-body a[href="https://example.org/laporan"][target="_blank"][rel~="noopener"]').length`)); n != 1 {
		t.Errorf("%d new-tab links to the report, want 1", n)
	}
	// The featured photo carries the focal point; its card crops follow it.
	var a *warta.Article
	err = m.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleBySlug(ctx, strings.TrimSuffix(link.Value[strings.LastIndex(link.Value, "/")+1:], "/"))
		return err
	})
	if err != nil || a.FeaturedMedia == nil || a.FeaturedMedia.Focal == nil || a.FeaturedMedia.Focal.X < 0.7 || a.FeaturedMedia.Focal.Y > 0.4 {
		t.Errorf("featured photo focal point: %+v %v", a, err)
	}
}

// jsString quotes s for a script.
func jsString(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `\'`) + "'"
}

// timedSteps is steps that also logs each slow step, to find what a
// slow machine waits on.
func timedSteps(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) error {
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
