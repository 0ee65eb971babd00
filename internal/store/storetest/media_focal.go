package storetest

import (
	"testing"

	"warta"
)

// testMediaFocal checks that a focal point is kept, that an item without
// one reads as having none (the centre), and that a point outside the
// image is refused and changes nothing.
func testMediaFocal(t *testing.T, s warta.Store) {
	m := &warta.Media{Key: "m/fff/1280.jpg", MimeType: "image/jpeg", Width: 1280, Height: 720, Hash: "fff", Caption: "Pelabuhan"}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateMedia(ctx(), m) })
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindMediaByID(ctx(), m.ID)
		if err == nil && (got.Focal != nil || got.FocalOrCentre() != (warta.FocalPoint{X: 0.5, Y: 0.5})) {
			t.Errorf("new item focal = %+v, want none (the centre)", got.Focal)
		}
		return err
	})
	mustUpdate(t, s, func(tx warta.Tx) error {
		got, err := tx.UpdateMedia(ctx(), m.ID, warta.MediaUpdate{Focal: &warta.FocalPoint{X: 0.25, Y: 0.75}})
		if err == nil && (got.Focal == nil || *got.Focal != (warta.FocalPoint{X: 0.25, Y: 0.75}) || got.Caption != "Pelabuhan") {
			t.Errorf("UpdateMedia focal = %+v %q", got.Focal, got.Caption)
		}
		return err
	})
	err := s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateMedia(ctx(), m.ID, warta.MediaUpdate{Focal: &warta.FocalPoint{X: 1.5, Y: 0.5}})
		return err
	})
	wantCode(t, err, warta.EINVALID)
	caption := "Pelabuhan Tanjung Priok"
	mustUpdate(t, s, func(tx warta.Tx) error {
		_, err := tx.UpdateMedia(ctx(), m.ID, warta.MediaUpdate{Caption: &caption})
		return err
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindMediaByID(ctx(), m.ID)
		if err == nil && (got.Focal == nil || *got.Focal != (warta.FocalPoint{X: 0.25, Y: 0.75})) {
			t.Errorf("focal after a refused change and a caption edit = %+v, want 0.25,0.75", got.Focal)
		}
		return err
	})
}
