package main

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserNewsroomToPublicPage signs in as a contributor in a real
// browser, writes an article with a sub-heading and a Baca Juga link in the
// editor, submits it, publishes it as an editor, and reads it on the site.
func TestBrowserNewsroomToPublicPage(t *testing.T) {
	run := newBrowserRun(t)
	ctx := context.Background()
	run.user(warta.RoleContributor, "kontributor@kabar.example", "Dewi Kontributor")
	run.user(warta.RoleEditor, "redaktur@kabar.example", "Bima Redaktur")
	var related *warta.Article
	err := run.m.Store.View(ctx, func(tx warta.ReadTx) error {
		published := warta.StatusPublished
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Limit: 1})
		if err == nil && len(list) > 0 {
			related = list[0]
		}
		return err
	})
	if err != nil || related == nil {
		t.Fatalf("fixture: %v", err)
	}
	// A word of the related title to search for in the Baca Juga box.
	query := strings.Fields(related.Title)[0]

	title := "Warga Tanam Seribu Bibit Mangrove di Pesisir Utara"
	err = run.steps(
		run.login("kontributor@kabar.example"),
		run.open("/redaksi/artikel/baru", `.wt-content`),
		chromedp.SendKeys(css(`#title`), title),
		chromedp.SendKeys(css(`#dek`), "Penanaman dilakukan bersama nelayan dan pelajar."),
		chromedp.SetValue(css(`#section`), fmt.Sprint(related.SectionID)),
		chromedp.Click(css(`.wt-content`)),
		chromedp.SendKeys(css(`.wt-content`), "Ratusan warga turun ke pantai sejak pagi untuk menanam bibit."),
		chromedp.SendKeys(css(`.wt-content`), "\r"),
		chromedp.Click(css(`button[aria-label="Subjudul H2"]`)),
		chromedp.SendKeys(css(`.wt-content`), "Menahan abrasi\r"),
		chromedp.SendKeys(css(`.wt-content`), "Akar mangrove menahan ombak dan menjadi rumah bagi ikan kecil."),
		// Before anything is typed, the dialog suggests stories like this
		// one; typing searches titles.
		chromedp.Click(css(`button[aria-label="Sisipkan Baca Juga"]`)),
		chromedp.WaitVisible(css(`.wt-listbox[data-suggested] .wt-option`)),
		run.shot("0-suggestions"),
		chromedp.SendKeys(css(`.wt-search-input`), query),
		chromedp.WaitVisible(css(`.wt-listbox:not([data-suggested]) .wt-option`)),
		chromedp.Click(css(`.wt-option`)),
		chromedp.WaitVisible(css(`.wt-card-baca-juga`)),
		// A photo from the library, also made the featured photo.
		chromedp.Click(css(`button[aria-label="Sisipkan foto"]`)),
		chromedp.WaitVisible(css(`.wt-media-find .wt-option`)),
		chromedp.Click(css(`.wt-media .wt-check input`)),
		chromedp.Click(css(`.wt-media-find .wt-option`)),
		chromedp.WaitVisible(css(`.wt-photo`)),
		run.shot("1-editor"),
		run.submitAndWait(`button[value=submit]`, `.flash`),
	)
	if err != nil {
		t.Fatalf("writing as a contributor: %v", err)
	}
	status, err := chromedp.Run(run.ctx, chromedp.Text(css(`.bar .status`)))
	if err != nil || status != "Menunggu tinjauan" {
		t.Fatalf("after submitting, the status reads %q (%v)", status, err)
	}
	editPath, err := chromedp.Run(run.ctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	err = run.steps(
		run.logout(),
		run.login("redaktur@kabar.example"),
		chromedp.WaitVisible(css(`a[href="`+editPath+`"]`)),
		run.shot("2-review-queue"),
	)
	if err != nil {
		t.Fatalf("the review queue: %v", err)
	}
	run.publish(editPath, "3-public-article")
	h1, h2, readAlso, byline := run.text(`article.story h1`), run.text(`.story-body h2`), run.text(`.story-body aside.baca-juga`), run.text(`.byline`)
	photo, err := chromedp.Run(run.ctx, chromedp.AttributeValue(css(`.story-body figure.image source[type="image/webp"]`), "srcset"))
	if err != nil || !strings.Contains(photo.Value, "/media/m/") {
		t.Errorf("the photo in the body has no WebP srcset: %q %v", photo.Value, err)
	}
	featured, err := chromedp.Run(run.ctx, chromedp.AttributeValue(css(`figure.featured img`), "srcset"))
	if err != nil || !strings.Contains(featured.Value, "w, ") {
		t.Errorf("no featured photo with a srcset: %q %v", featured.Value, err)
	}
	if h1 != title || h2 != "Menahan abrasi" || !strings.Contains(readAlso, related.Title) || !strings.Contains(byline, "Dewi Kontributor") {
		t.Fatalf("public page: h1 %q, h2 %q, Baca Juga %q, byline %q", h1, h2, readAlso, byline)
	}
}
