package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserUploadCaptionAfterFile uploads a photo from the newsroom's
// Foto page in a real browser, with caption and credit typed into the form
// (which sends them after the file), watches its state turn ready without
// a reload, and finds the caption and credit on the item's page.
func TestBrowserUploadCaptionAfterFile(t *testing.T) {
	run := newBrowserRun(t)
	run.user(warta.RoleEditor, "foto@kabar.example", "Fajar Foto")
	photo := filepath.Join(run.dir, "pelabuhan-sore.jpg")
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

	// The newest item is first in the library.
	const newest = `document.querySelector('.media-grid li')`
	err := run.steps(
		run.login("foto@kabar.example"),
		run.open("/redaksi/media", `form[data-upload]`),
		chromedp.SetUploadFiles(css(`#file`), []string{photo}),
		chromedp.SendKeys(css(`#caption`), "Kapal nelayan merapat di pelabuhan saat senja"),
		chromedp.SendKeys(css(`#credit`), "AFPpix"),
		chromedp.SendKeys(css(`#alt`), "Kapal kayu di dermaga"),
		run.shot("upload-0-form"),
		// The page reloads with the new item first; its state follows
		// the background work without another reload.
		run.submitAndWait(`form[data-upload] button[type=submit]`, `.flash`),
		chromedp.Poll[chromedp.Void](newest+` && `+newest+`.textContent.includes('Kapal nelayan merapat')`, chromedp.WithPollingTimeout(20*time.Second)),
		run.shot("upload-1-library"),
		chromedp.Poll[chromedp.Void](newest+`.dataset.mediaState === 'ready' && !!`+newest+`.querySelector('img')`, chromedp.WithPollingTimeout(30*time.Second)),
		run.shot("upload-2-ready"),
		run.submitAndWait(`.media-grid li a`, `img.media-preview`),
		run.shot("upload-3-item"),
	)
	if err != nil {
		t.Fatalf("uploading from the Foto page: %v", err)
	}
	caption, err := chromedp.Run(run.ctx, chromedp.Value(css(`#caption`)))
	if err != nil || caption != "Kapal nelayan merapat di pelabuhan saat senja" {
		t.Errorf("caption on the item page = %q (%v)", caption, err)
	}
	credit, err := chromedp.Run(run.ctx, chromedp.Value(css(`#credit`)))
	if err != nil || credit != "AFPpix" {
		t.Errorf("credit on the item page = %q (%v)", credit, err)
	}
	label, err := chromedp.Run(run.ctx, chromedp.Text(css(`[data-media-label]`)))
	if err != nil || label != "Siap" {
		t.Errorf("state on the item page = %q (%v)", label, err)
	}
	if os.Getenv("WARTA_SCREENSHOTS") != "" {
		// The same pages on a phone.
		if err := run.steps(chromedp.EmulateViewport(390, 844), run.shot("upload-4-item-390"),
			run.open("/redaksi/media", `.media-grid`), run.shot("upload-5-library-390")); err != nil {
			t.Errorf("phone screenshots: %v", err)
		}
	}
}
