package editorial_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"

	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// photo encodes a w×h JPEG with a gradient; seed varies its content.
func photo(t testing.TB, w, h int, seed uint8) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x*255/w) ^ seed, uint8(y * 255 / h), 120, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLibraryUpload(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	lib := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	au := e.users[warta.RoleAuthor]
	caption, credit := "Perahu di dermaga", "Kabar Uji/Rina"
	m, dup, err := lib.Upload(ctx, au, bytes.NewReader(photo(t, 1400, 700, 1)), `C:\Foto\dermaga.jpg`, warta.MediaUpdate{Caption: &caption, Credit: &credit})
	if err != nil || dup {
		t.Fatalf("upload: %v dup=%v", err, dup)
	}
	if m.FileName != "dermaga.jpg" || m.UploaderID != au.ID || m.Caption != caption || m.Width != 1400 || m.Height != 700 || m.Hash == "" {
		t.Errorf("media = %+v", m)
	}
	widths := map[string][]int{}
	for _, v := range m.Variants {
		widths[v.MimeType] = append(widths[v.MimeType], v.Width)
		f, err := e.site.Blobs.Open(ctx, v.Key)
		if err != nil {
			t.Fatalf("variant %s not stored: %v", v.Key, err)
		}
		f.Close()
	}
	for _, typ := range []string{"image/jpeg", "image/webp"} {
		if got := widths[typ]; len(got) != 4 || got[0] != 320 || got[3] != 1280 {
			// 320, 640, 960, 1280 (1400 is above the last step below 1920, so the image's own width too)
			if len(got) != 5 || got[4] != 1400 {
				t.Errorf("%s widths %v", typ, got)
			}
		}
	}
	if f, err := e.site.Blobs.Open(ctx, m.OriginalKey); err != nil || !strings.HasPrefix(m.OriginalKey, "originals/") {
		t.Errorf("original not kept privately: %s %v", m.OriginalKey, err)
	} else {
		f.Close()
	}
	again, dup, err := lib.Upload(ctx, e.users[warta.RoleEditor], bytes.NewReader(photo(t, 1400, 700, 1)), "lagi.jpg", warta.MediaUpdate{})
	if err != nil || !dup || again.ID != m.ID {
		t.Errorf("a duplicate made a new item: %v dup=%v id %d vs %d", err, dup, again.ID, m.ID)
	}
	_, _, err = lib.Upload(ctx, e.users[warta.RoleContributor], bytes.NewReader(photo(t, 100, 100, 2)), "x.jpg", warta.MediaUpdate{})
	wantCode(t, err, warta.EFORBIDDEN)
	_, _, err = lib.Upload(ctx, au, strings.NewReader("<svg onload=alert(1)>"), "x.jpg", warta.MediaUpdate{})
	wantCode(t, err, warta.EINVALID)
	var n int
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		_, n, _ = tx.FindMedia(ctx, warta.MediaFilter{UploaderID: &au.ID})
		return nil
	})
	if n != 1 {
		t.Errorf("%d items for the author, want 1 (refused uploads store nothing)", n)
	}
}

func TestLibraryDescribeAndDelete(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	lib := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	au, other := e.users[warta.RoleAuthor], e.users[warta.RoleAdministrator]
	m, _, err := lib.Upload(ctx, au, bytes.NewReader(photo(t, 640, 360, 3)), "a.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatal(err)
	}
	theirs, _, err := lib.Upload(ctx, other, bytes.NewReader(photo(t, 640, 360, 4)), "b.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatal(err)
	}
	credit := "Kabar Uji/Sari"
	if got, err := lib.Describe(ctx, au, m.ID, warta.MediaUpdate{Credit: &credit}); err != nil || got.Credit != credit {
		t.Fatalf("describe own: %v", err)
	}
	_, err = lib.Describe(ctx, au, theirs.ID, warta.MediaUpdate{Credit: &credit})
	wantCode(t, err, warta.EFORBIDDEN)
	wantCode(t, lib.Delete(ctx, au, theirs.ID), warta.EFORBIDDEN)
	// In use as a featured image: not deletable, even by an administrator.
	a, err := e.svc.Create(ctx, au, e.input("Berita Berfoto"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	in := e.input("Berita Berfoto")
	in.FeaturedMediaID = &m.ID
	if _, err := e.svc.Save(ctx, au, a.ID, a.Version, in); err != nil {
		t.Fatal(err)
	}
	wantCode(t, lib.Delete(ctx, other, m.ID), warta.ECONFLICT)
	if err := lib.Delete(ctx, other, theirs.ID); err != nil {
		t.Fatal(err)
	}
	for _, v := range theirs.Variants {
		if f, err := e.site.Blobs.Open(ctx, v.Key); err == nil {
			f.Close()
			t.Errorf("variant %s left behind", v.Key)
		}
	}

}
