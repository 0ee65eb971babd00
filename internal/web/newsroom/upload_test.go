package newsroom_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/media"
	"warta/internal/web/webtest"
)

// heldBlobs holds every variant write until release is closed.
type heldBlobs struct {
	media.Blobs
	release chan struct{}
}

func (h heldBlobs) Put(ctx context.Context, key string, r io.Reader) error {
	if strings.HasPrefix(key, "m/") {
		select {
		case <-h.release:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return h.Blobs.Put(ctx, key, r)
}

// TestUploadInBackground: an upload from the Foto page (file first, then
// caption and credit) is stored at once and shown as processing in the
// library, on its page and to the picker; a story that features it is
// published and its public page shows no broken image meanwhile; once the
// variants are made the page picks them up.
func TestUploadInBackground(t *testing.T) {
	e := newEnv(t, true)
	held := heldBlobs{e.site.Blobs, make(chan struct{})}
	e.lib.Blobs = held
	if err := e.lib.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.lib.Stop(context.Background()) })
	b := e.browser(t).login(warta.RoleEditor)
	b.get("/redaksi/media")
	status, page := b.upload(map[string][]byte{"dermaga.jpg": testJPEG(t, 900, 500)},
		url.Values{"caption": {"Perahu di dermaga"}, "credit": {"AFPpix"}})
	if status != 200 || !strings.Contains(page, "1 foto diunggah; ukuran untuk ditayangkan sedang dibuat") ||
		!strings.Contains(page, `data-media-state="processing"`) || !strings.Contains(page, ">Diproses</span>") {
		t.Fatalf("upload page: %d\n%s", status, page)
	}
	var m *warta.Media
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, _, err := tx.FindMedia(context.Background(), warta.MediaFilter{Query: "AFPpix"})
		if len(list) == 1 {
			m = list[0]
		}
		return err
	})
	if m == nil || m.State != warta.MediaProcessing || m.Caption != "Perahu di dermaga" {
		t.Fatalf("stored item: %+v", m)
	}
	id := strconv.FormatInt(m.ID, 10)
	pages := map[string]string{"library (processing)": page}
	_, _, pages["item (processing)"] = b.get("/redaksi/media/" + id)
	if !strings.Contains(pages["item (processing)"], "Ukuran untuk ditayangkan sedang dibuat") || strings.Contains(pages["item (processing)"], `src="/media/`+m.Key) {
		t.Errorf("item page while processing:\n%s", pages["item (processing)"])
	}
	if _, _, js := b.get("/redaksi/media/status?id=" + id + "&id=x&id=99999"); !strings.Contains(js, `"state":"processing"`) || strings.Count(js, `"id":`) != 1 {
		t.Errorf("status: %s", js)
	}
	if _, _, js := b.get("/redaksi/media/cari?q=AFPpix"); !strings.Contains(js, `"state":"processing","state_label":"Diproses"`) || !strings.Contains(js, `"thumb":""`) {
		t.Errorf("picker: %s", js)
	}

	b.get("/redaksi/artikel/baru")
	status, loc, _ := b.post("/redaksi/artikel/baru", url.Values{"title": {"Dermaga Baru Dibuka"}, "section": {strconv.FormatInt(e.f.Nasional.ID, 10)},
		"label": {"berita"}, "version": {"0"}, "featured_media": {id}, "body_html": {"<p>Isi.</p>"}, "action": {"publish"}})
	if status != 303 {
		t.Fatalf("publish while the photo is processing: %d %s", status, loc)
	}
	public := func() string {
		res, err := http.Get(e.srv.URL + "/nasional/" + e.site.Now().In(time.FixedZone("WIB", 7*3600)).Format("2006/01/02") + "/dermaga-baru-dibuka")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("public page: %d", res.StatusCode)
		}
		return string(body)
	}
	if p := public(); strings.Contains(p, `class="featured"`) || strings.Contains(p, "/media/m/") {
		t.Errorf("the public page links variants that do not exist yet")
	}

	close(held.release)
	e.lib.Wait()
	if p := public(); !strings.Contains(p, `<source type="image/webp" srcset="/media/m/`) || !strings.Contains(p, "AFPpix") {
		t.Errorf("the public page did not pick up the variants")
	}
	if _, _, js := b.get("/redaksi/media/status?id=" + id); !strings.Contains(js, `"state":"ready","state_label":"Siap"`) {
		t.Errorf("status after the variants: %s", js)
	}
	_, _, pages["item (ready)"] = b.get("/redaksi/media/" + id)
	if !strings.Contains(pages["item (ready)"], `src="/media/`+m.Key+`"`) || !strings.Contains(pages["item (ready)"], "AFPpix") {
		t.Errorf("item page when ready lacks the photo or its credit")
	}
	webtest.ValidateHTML(t, pages)
}

// TestUploadFormLimits: a form with a field over its bound is refused
// with the reason on the Foto page, and nothing is stored.
func TestUploadFormLimits(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	b.get("/redaksi/media")
	status, page := b.upload(map[string][]byte{"a.jpg": testJPEG(t, 60, 40)}, url.Values{"caption": {strings.Repeat("k", 5000)}})
	if status != http.StatusRequestEntityTooLarge || !strings.Contains(page, "Isian formulir terlalu panjang") {
		t.Fatalf("oversize caption: %d\n%.600s", status, page)
	}
	var n int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, n, _ = tx.FindMedia(context.Background(), warta.MediaFilter{Query: "a.jpg"})
		return nil
	})
	if n != 0 {
		t.Errorf("%d items stored from a refused form", n)
	}
}

// TestUploadBusy: when the image pool stays full longer than an upload
// may wait, the Foto page answers 503 saying to try again (not a dropped
// connection), stores nothing, and the refusal is logged at WARN.
func TestUploadBusy(t *testing.T) {
	e := newEnv(t, true)
	e.lib.Images = media.NewPool(1, 0)
	e.lib.UploadWait = 20 * time.Millisecond
	e.lib.Logger = e.site.Logger()
	hold, held := make(chan struct{}), make(chan struct{})
	go e.lib.Images.Do(context.Background(), 1, 0, func() error { close(held); <-hold; return nil })
	<-held
	defer close(hold)
	count := func() (n int) {
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			_, total, err := tx.FindMedia(context.Background(), warta.MediaFilter{})
			n = total
			return err
		})
		return n
	}
	before := count()
	b := e.browser(t).login(warta.RoleEditor)
	b.get("/redaksi/media")
	status, page := b.upload(map[string][]byte{"ramai.jpg": testJPEG(t, 300, 200)}, nil)
	if status != http.StatusServiceUnavailable || !strings.Contains(page, "Terlalu banyak foto sedang diproses") {
		t.Fatalf("busy upload: %d\n%.600s", status, page)
	}
	if n := count(); n != before {
		t.Errorf("%d items stored, %d before", n, before)
	}
	if log := e.site.Log.String(); !strings.Contains(log, "level=WARN") || !strings.Contains(log, "media upload refused") || !strings.Contains(log, "ramai.jpg") {
		t.Errorf("log: %s", log)
	}
}
