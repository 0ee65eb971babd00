package editorial_test

import (
	"bytes"
	"context"
	"testing"

	"warta"
	"warta/internal/editorial"
)

// ImportServable answers with the widest JPEG size stored and the item
// still processing, servable at once; the next Start of a library makes
// the other JPEG sizes and the WebP sizes and marks it ready. The same
// picture again is its twin.
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
	if len(got.Variants) != 1 || got.Variants[0].MimeType != "image/jpeg" || got.Variants[0].Width != 800 || !exists(e, got.Variants[0].Key) {
		t.Errorf("variants %+v: want the widest JPEG size only, stored", got.Variants)
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
	sizes := map[string][]int{}
	for _, v := range got.Variants {
		if !exists(e, v.Key) {
			t.Errorf("variant %+v not stored", v)
		}
		sizes[v.MimeType] = append(sizes[v.MimeType], v.Width)
	}
	// 800 px wide: 320, 640 and its own width, in both types.
	if !got.Ready() || len(sizes["image/jpeg"]) != 3 || len(sizes["image/webp"]) != 3 || got.Width != 800 {
		t.Errorf("after Start: %+v (sizes %v), want ready with three JPEG and three WebP sizes", got, sizes)
	}
}
