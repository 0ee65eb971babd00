package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
)

// TestBrowserUploadCaptionAfterFile uploads a photo from the newsroom's
// Foto page in a real browser, with caption and credit typed into the form
// (which sends them after the file), watches its state turn ready without
// a reload, and finds the caption and credit on the item's page.
func TestBrowserUploadCaptionAfterFile(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		p := &warta.Person{Name: "Fajar Foto", Slug: "fajar-foto"}
		if err := tx.CreatePerson(ctx, p); err != nil {
			return err
		}
		return tx.CreateUser(ctx, &warta.User{Email: "foto@kabar.example", Name: p.Name, Role: warta.RoleEditor, PasswordHash: hash, PersonID: p.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	photo := filepath.Join(dir, "pelabuhan-sore.jpg")
	img := image.NewRGBA(image.Rect(0, 0, 1600, 900))
	for y := 0; y < 900; y++ {
		for x := 0; x < 1600; x++ {
			img.Set(x, y, color.RGBA{uint8(x / 7), uint8(y / 4), 150, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(photo, buf.Bytes(), 0o644); err != nil {
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
	// The newest item is first in the library.
	const newest = `document.querySelector('.media-grid li')`
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/masuk"),
		chromedp.WaitVisible(c(`#email`)),
		chromedp.SendKeys(c(`#email`), "foto@kabar.example"),
		chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
		chromedp.Click(c(`form button[type=submit]`)),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/media"),
		chromedp.WaitVisible(c(`form[data-upload]`)),
		chromedp.SetUploadFiles(c(`#file`), []string{photo}),
		chromedp.SendKeys(c(`#caption`), "Kapal nelayan merapat di pelabuhan saat senja"),
		chromedp.SendKeys(c(`#credit`), "AFPpix"),
		chromedp.SendKeys(c(`#alt`), "Kapal kayu di dermaga"),
		shot("upload-0-form"),
		chromedp.Click(c(`form[data-upload] button[type=submit]`)),
		// The page reloads with the new item first; its state follows
		// the background work without another reload.
		chromedp.WaitVisible(c(`.flash`)),
		chromedp.Poll[chromedp.Void](newest+` && `+newest+`.textContent.includes('Kapal nelayan merapat')`, chromedp.WithPollingTimeout(20*time.Second)),
		shot("upload-1-library"),
		chromedp.Poll[chromedp.Void](newest+`.dataset.mediaState === 'ready' && !!`+newest+`.querySelector('img')`, chromedp.WithPollingTimeout(30*time.Second)),
		shot("upload-2-ready"),
		chromedp.Click(c(`.media-grid li a`)),
		chromedp.WaitVisible(c(`img.media-preview`)),
		shot("upload-3-item"),
	)
	if err != nil {
		t.Fatalf("uploading from the Foto page: %v", err)
	}
	caption, err := chromedp.Run(bctx, chromedp.Value(c(`#caption`)))
	if err != nil || caption != "Kapal nelayan merapat di pelabuhan saat senja" {
		t.Errorf("caption on the item page = %q (%v)", caption, err)
	}
	credit, err := chromedp.Run(bctx, chromedp.Value(c(`#credit`)))
	if err != nil || credit != "AFPpix" {
		t.Errorf("credit on the item page = %q (%v)", credit, err)
	}
	label, err := chromedp.Run(bctx, chromedp.Text(c(`[data-media-label]`)))
	if err != nil || label != "Siap" {
		t.Errorf("state on the item page = %q (%v)", label, err)
	}
	if os.Getenv("WARTA_SCREENSHOTS") != "" {
		// The same pages on a phone.
		if err := steps(t, bctx, chromedp.EmulateViewport(390, 844), shot("upload-4-item-390"),
			chromedp.Navigate(base+"/redaksi/media"), chromedp.WaitVisible(c(`.media-grid`)), shot("upload-5-library-390")); err != nil {
			t.Errorf("phone screenshots: %v", err)
		}
	}
}
