package editorial_test

import (
	"bytes"
	"context"
	"testing"

	"warta"
	"warta/internal/editorial"
)

// ImportServable answers with the JPEG sizes stored and the item still
// processing, servable at once; the next Start of a library makes the
// WebP sizes and marks it ready. The same picture again is its twin.
func TestImportServable(t *testing.T) {
	e := newEnv(t)
	lib := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	credit := "Ilustrasi"
	data := photo(t, 800, 450, 21)
	m, err := lib.ImportServable(context.Background(), bytes.NewReader(data), "satu.jpg", warta.MediaUpdate{Credit: &credit})
	if err != nil {
		t.Fatal(err)
	}
	got := find(t, e, m.ID)
	if got.State != warta.MediaProcessing || !got.Servable() || got.Credit != "Ilustrasi" || got.Width != 800 {
		t.Fatalf("imported item = %+v, want processing and servable", got)
	}
	for _, v := range got.Variants {
		if v.MimeType != "image/jpeg" || !exists(e, v.Key) {
			t.Errorf("variant %+v: want stored JPEG sizes only", v)
		}
	}
	if again, err := lib.ImportServable(context.Background(), bytes.NewReader(data), "dua.jpg", warta.MediaUpdate{}); err != nil || again.ID != m.ID {
		t.Errorf("second import = %+v, %v; want the twin %d", again, err, m.ID)
	}

	server := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	if err := server.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Stop(context.Background()) })
	server.Wait()
	got = find(t, e, m.ID)
	webp := 0
	for _, v := range got.Variants {
		if v.MimeType == "image/webp" {
			webp++
		}
	}
	if !got.Ready() || webp == 0 {
		t.Errorf("after Start: %+v, want ready with WebP sizes", got)
	}
}
