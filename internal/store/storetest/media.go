package storetest

import (
	"testing"
	"time"

	"warta"
)

func testMediaLibrary(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	up := &warta.User{Email: "foto@kabar.example", Name: "Foto", Role: warta.RoleAuthor}
	a := &warta.Media{Key: "m/aaa/1280.jpg", MimeType: "image/jpeg", Width: 1280, Height: 720, Hash: "aaa", OriginalKey: "originals/aaa.jpg",
		FileName: "pasar-subuh.jpg", Caption: "Pedagang sayur di pasar subuh", Credit: "Kabar/Rina",
		Variants: []warta.MediaVariant{{Key: "m/aaa/320.webp", MimeType: "image/webp", Width: 320, Height: 180}}}
	b := &warta.Media{Key: "m/bbb/640.jpg", MimeType: "image/jpeg", Width: 640, Height: 480, Hash: "bbb", FileName: "banjir.png", Caption: "Banjir"}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), up); err != nil {
			return err
		}
		a.UploaderID = up.ID
		if err := tx.CreateMedia(ctx(), a); err != nil {
			return err
		}
		return tx.CreateMedia(ctx(), b)
	})
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateMedia(ctx(), &warta.Media{Key: "m/aaa/x.jpg", MimeType: "image/jpeg", Hash: "aaa"})
	})
	wantCode(t, err, warta.ECONFLICT)

	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindMediaByHash(ctx(), "aaa")
		if err != nil || got.ID != a.ID || got.OriginalKey != "originals/aaa.jpg" || got.UploaderID != up.ID || len(got.Variants) != 1 {
			t.Errorf("FindMediaByHash = %+v, %v", got, err)
		}
		_, err = tx.FindMediaByHash(ctx(), "")
		wantCode(t, err, warta.ENOTFOUND)
		from := s.Now().Add(-time.Hour)
		cases := []struct {
			name string
			f    warta.MediaFilter
			want int
		}{
			{"all", warta.MediaFilter{}, 3}, // the fixture's photo too
			{"by caption", warta.MediaFilter{Query: "sayur"}, 1},
			{"by credit", warta.MediaFilter{Query: "kabar/rina"}, 1},
			{"by file name", warta.MediaFilter{Query: "banjir.png"}, 1},
			{"by uploader", warta.MediaFilter{UploaderID: &up.ID}, 1},
			{"wildcards are literal", warta.MediaFilter{Query: "%"}, 0},
			{"by month", warta.MediaFilter{From: &from}, 3},
		}
		for _, tc := range cases {
			list, total, err := tx.FindMedia(ctx(), tc.f)
			if err != nil || len(list) != tc.want || total != tc.want {
				t.Errorf("%s: %d items (total %d), want %d (%v)", tc.name, len(list), total, tc.want, err)
			}
		}
		return nil
	})

	art := f.article("berfoto", base)
	art.FeaturedMediaID = a.ID
	inBody := f.article("foto-di-isi", base)
	inBody.BodyHTML = `<p>x</p><figure><img src="/media/m/bbb/640.jpg" alt=""></figure>`
	mustCreate(t, s, art, inBody)
	mustView(t, s, func(tx warta.ReadTx) error {
		for _, tc := range []struct {
			m    *warta.Media
			want string
		}{{a, "berfoto"}, {b, "foto-di-isi"}} {
			list, other, err := tx.MediaUsage(ctx(), tc.m)
			if err != nil || len(list) != 1 || list[0].Slug != tc.want || other {
				t.Errorf("usage of %s = %v %v %v", tc.m.Key, slugs(list), other, err)
			}
		}
		_, other, _ := tx.MediaUsage(ctx(), f.photo)
		if !other {
			t.Error("a person's photo is not counted as a use")
		}
		return nil
	})

	caption := "Pedagang sayur menata dagangan"
	long := string(make([]byte, warta.MaxCaptionLen+1))
	mustUpdate(t, s, func(tx warta.Tx) error {
		m, err := tx.UpdateMedia(ctx(), a.ID, warta.MediaUpdate{Caption: &caption})
		if err == nil && (m.Caption != caption || m.Credit != "Kabar/Rina") {
			t.Errorf("UpdateMedia = %+v", m)
		}
		return err
	})
	err = s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateMedia(ctx(), a.ID, warta.MediaUpdate{Alt: &long})
		return err
	})
	wantCode(t, err, warta.EINVALID)
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteMedia(ctx(), b.ID) })
	err = s.Update(ctx(), func(tx warta.Tx) error { return tx.DeleteMedia(ctx(), b.ID) })
	wantCode(t, err, warta.ENOTFOUND)
}

// testMediaState: an upload is stored processing, found by its state at a
// restart, and made ready with its variants in one update.
func testMediaState(t *testing.T, s warta.Store) {
	p := &warta.Media{Key: "m/ccc/900.jpg", MimeType: "image/jpeg", Width: 900, Height: 600, Hash: "ccc",
		OriginalKey: "originals/cc/ccc.jpg", State: warta.MediaProcessing, Caption: "Sawah"}
	old := &warta.Media{Key: "m/ddd/640.jpg", MimeType: "image/jpeg", Width: 640, Height: 480, Hash: "ddd"}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateMedia(ctx(), p); err != nil {
			return err
		}
		return tx.CreateMedia(ctx(), old)
	})
	processing := warta.MediaProcessing
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindMedia(ctx(), warta.MediaFilter{State: &processing})
		if err != nil || total != 1 || len(list) != 1 || list[0].ID != p.ID || list[0].Ready() {
			t.Errorf("processing items = %v (total %d), %v", list, total, err)
		}
		got, err := tx.FindMediaByID(ctx(), old.ID)
		if err != nil || got.State != warta.MediaReady || !got.Ready() {
			t.Errorf("an item stored without a state = %+v, %v; want ready", got, err)
		}
		return nil
	})
	p.State, p.Bytes = warta.MediaReady, 4321
	p.Variants = []warta.MediaVariant{{Key: "m/ccc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 213}}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.UpdateMediaFiles(ctx(), p) })
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindMediaByID(ctx(), p.ID)
		if err != nil || got.State != warta.MediaReady || got.Bytes != 4321 || len(got.Variants) != 1 || got.Caption != "Sawah" {
			t.Errorf("after UpdateMediaFiles = %+v, %v", got, err)
		}
		return nil
	})
	failed := &warta.Media{ID: p.ID, Key: p.Key, MimeType: "image/jpeg", State: warta.MediaFailed, StateReason: "error.media_corrupt"}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.UpdateMediaFiles(ctx(), failed) })
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindMediaByID(ctx(), p.ID)
		if err != nil || got.State != warta.MediaFailed || got.StateReason != "error.media_corrupt" || got.Ready() {
			t.Errorf("failed item = %+v, %v", got, err)
		}
		return nil
	})
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.UpdateMediaFiles(ctx(), &warta.Media{ID: 99999, Key: "m/x/1.jpg", MimeType: "image/jpeg"})
	})
	wantCode(t, err, warta.ENOTFOUND)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.UpdateMediaFiles(ctx(), &warta.Media{ID: p.ID, Key: "m/x/1.jpg", MimeType: "image/jpeg", State: "halfway"})
	})
	wantCode(t, err, warta.EINVALID)
}
