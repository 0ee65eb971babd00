package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
)

// chromium finds Debian's Chromium. Under CI=true a missing browser fails
// the test; elsewhere it skips with the command that installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("WARTA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is missing; scripts/test.sh installs it (apt-get install chromium)")
	}
	t.Skip("Chromium not installed: apt-get install chromium")
	return ""
}

// TestBrowserNewsroomToPublicPage signs in as a contributor in a real
// browser, writes an article with a sub-heading and a Baca Juga link in the
// editor, submits it, publishes it as an editor, and reads it on the site.
func TestBrowserNewsroomToPublicPage(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	var related *warta.Article
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		for _, u := range []*warta.User{
			{Email: "kontributor@kabar.example", Name: "Dewi Kontributor", Role: warta.RoleContributor, PasswordHash: hash},
			{Email: "redaktur@kabar.example", Name: "Bima Redaktur", Role: warta.RoleEditor, PasswordHash: hash},
		} {
			p := &warta.Person{Name: u.Name, Slug: strings.ToLower(strings.ReplaceAll(u.Name, " ", "-")), Bio: "Bio " + u.Name + "."}
			if err := tx.CreatePerson(ctx, p); err != nil {
				return err
			}
			u.PersonID = p.ID
			if err := tx.CreateUser(ctx, u); err != nil {
				return err
			}
		}
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

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 1000))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// The first run starts the browser; only later steps may have a timeout.
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
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
		}
	}
	login := func(email string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.Navigate(base+"/redaksi/masuk"),
			chromedp.WaitVisible(c(`#email`)),
			chromedp.SendKeys(c(`#email`), email),
			chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
			chromedp.Click(c(`form button[type=submit]`)),
			chromedp.WaitVisible(c(`.nr-nav`)),
		)
	}
	title := "Warga Tanam Seribu Bibit Mangrove di Pesisir Utara"
	err = steps(t, bctx,
		login("kontributor@kabar.example"),
		chromedp.Navigate(base+"/redaksi/artikel/baru"),
		chromedp.WaitVisible(c(`.wt-content`)),
		chromedp.SendKeys(c(`#title`), title),
		chromedp.SendKeys(c(`#dek`), "Penanaman dilakukan bersama nelayan dan pelajar."),
		chromedp.SetValue(c(`#section`), fmt.Sprint(related.SectionID)),
		chromedp.Click(c(`.wt-content`)),
		chromedp.SendKeys(c(`.wt-content`), "Ratusan warga turun ke pantai sejak pagi untuk menanam bibit."),
		chromedp.SendKeys(c(`.wt-content`), "\r"),
		chromedp.Click(c(`button[aria-label="Subjudul H2"]`)),
		chromedp.SendKeys(c(`.wt-content`), "Menahan abrasi\r"),
		chromedp.SendKeys(c(`.wt-content`), "Akar mangrove menahan ombak dan menjadi rumah bagi ikan kecil."),
		// Before anything is typed, the dialog suggests stories like this
		// one; typing searches titles.
		chromedp.Click(c(`button[aria-label="Sisipkan Baca Juga"]`)),
		chromedp.WaitVisible(c(`.wt-listbox[data-suggested] .wt-option`)),
		shot("0-suggestions"),
		chromedp.SendKeys(c(`.wt-search-input`), query),
		chromedp.WaitVisible(c(`.wt-listbox:not([data-suggested]) .wt-option`)),
		chromedp.Click(c(`.wt-option`)),
		chromedp.WaitVisible(c(`.wt-card-baca-juga`)),
		// A photo from the library, also made the featured photo.
		chromedp.Click(c(`button[aria-label="Sisipkan foto"]`)),
		chromedp.WaitVisible(c(`.wt-media-find .wt-option`)),
		chromedp.Click(c(`.wt-media .wt-check input`)),
		chromedp.Click(c(`.wt-media-find .wt-option`)),
		chromedp.WaitVisible(c(`.wt-photo`)),
		shot("1-editor"),
		chromedp.Click(c(`button[value=submit]`)),
		chromedp.WaitVisible(c(`.flash`)),
	)
	if err != nil {
		t.Fatalf("writing as a contributor: %v", err)
	}
	status, err := chromedp.Run(bctx, chromedp.Text(c(`.bar .status`)))
	if err != nil || status != "Menunggu tinjauan" {
		t.Fatalf("after submitting, the status reads %q (%v)", status, err)
	}
	editPath, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.pathname`))
	if err != nil {
		t.Fatal(err)
	}
	err = steps(t, bctx,
		chromedp.Click(c(`.nr-user button.link`)),
		chromedp.WaitVisible(c(`#email`)),
		login("redaktur@kabar.example"),
		chromedp.WaitVisible(c(`a[href="`+editPath+`"]`)),
		shot("2-review-queue"),
		chromedp.Navigate(base+editPath),
		chromedp.WaitVisible(c(`button[value=publish]`)),
		chromedp.Click(c(`button[value=publish]`)),
		chromedp.WaitVisible(c(`#lihat-situs`)),
	)
	if err != nil {
		t.Fatalf("publishing as an editor: %v", err)
	}
	link, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`#lihat-situs`), "href"))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(bctx, chromedp.Navigate(link.Value), chromedp.WaitVisible(c(`article.story h1`)), shot("3-public-article"))
	if err != nil {
		t.Fatalf("public page %s: %v", link.Value, err)
	}
	text := func(sel string) string {
		s, err := chromedp.Run(bctx, chromedp.Text(c(sel)))
		if err != nil {
			t.Fatalf("%s on %s: %v", sel, link.Value, err)
		}
		return strings.TrimSpace(s)
	}
	h1, h2, readAlso, byline := text(`article.story h1`), text(`.story-body h2`), text(`.story-body aside.baca-juga`), text(`.byline`)
	photo, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`.story-body figure.image source[type="image/webp"]`), "srcset"))
	if err != nil || !strings.Contains(photo.Value, "/media/m/") {
		t.Errorf("the photo in the body has no WebP srcset: %q %v", photo.Value, err)
	}
	featured, err := chromedp.Run(bctx, chromedp.AttributeValue(c(`figure.featured img`), "srcset"))
	if err != nil || !strings.Contains(featured.Value, "w, ") {
		t.Errorf("no featured photo with a srcset: %q %v", featured.Value, err)
	}
	if h1 != title || h2 != "Menahan abrasi" || !strings.Contains(readAlso, related.Title) || !strings.Contains(byline, "Dewi Kontributor") {
		t.Fatalf("public page: h1 %q, h2 %q, Baca Juga %q, byline %q", h1, h2, readAlso, byline)
	}
}

// steps runs actions one by one and names the one that failed.
func steps(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) error {
	t.Helper()
	for i, a := range actions {
		if _, err := chromedp.Run(ctx, a); err != nil {
			return fmt.Errorf("step %d: %w", i+1, err)
		}
	}
	return nil
}
