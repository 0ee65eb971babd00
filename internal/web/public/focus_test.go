package public_test

import (
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestFocalPointMovesTheCrops: a card's box takes its photo's shape, a
// portrait photo's card box is held to 4:3 and cropped around the focal
// point, the square author photo keeps the focal point in view, and a
// photo without one keeps the centred crop (no style at all).
func TestFocalPointMovesTheCrops(t *testing.T) {
	s, f, h := newSite(t)
	_, before := webtest.Do(t, h, "GET", "/penulis/sari-lestari")
	if strings.Contains(before, "object-position") {
		t.Fatal("a photo without a focal point has an object-position")
	}
	tall := &warta.Media{Key: "uji/pasar.jpg", MimeType: "image/jpeg", Width: 900, Height: 1200, Alt: "Pasar", Hash: "pasar"}
	s.MustUpdate(t, func(tx warta.Tx) error {
		if err := tx.CreateMedia(t.Context(), tall); err != nil {
			return err
		}
		if _, err := tx.UpdateMedia(t.Context(), tall.ID, warta.MediaUpdate{Focal: &warta.FocalPoint{X: 0.5, Y: 0.9}}); err != nil {
			return err
		}
		if _, err := tx.UpdateMedia(t.Context(), f.Photo.ID, warta.MediaUpdate{Focal: &warta.FocalPoint{X: 0.7, Y: 0.5}}); err != nil {
			return err
		}
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &tall.ID})
		return err
	})
	h.(interface{ Invalidate() }).Invalidate()
	_, home := webtest.Do(t, h, "GET", "/")
	if !strings.Contains(home, `src="/media/uji/pasar.jpg" alt="" width="900" height="1200" style="aspect-ratio:4/3;object-position:50% 100%"`) {
		t.Error("the 4:3 card of a 3:4 photo focused low is not cropped to its bottom")
	}
	if !strings.Contains(home, `width="1200" height="675" style="aspect-ratio:1200/675"`) {
		t.Error("a 16:9 photo's card box is not the photo's shape")
	}
	_, author := webtest.Do(t, h, "GET", "/penulis/sari-lestari")
	if !strings.Contains(author, `width="120" height="120" style="object-position:95.8% 50%"`) {
		t.Error("the square author photo does not follow the focal point")
	}
}
