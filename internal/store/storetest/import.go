package storetest

import (
	"testing"
	"time"

	"warta"
)

// testImportItems checks the record of where imported items landed: one
// per source, kind and key, replaced on save, and found by key across
// sources for addresses such as /?p=123.
func testImportItems(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("impor", base)
	mustCreate(t, s, a)
	save := func(i *warta.ImportItem) error {
		return s.Update(ctx(), func(tx warta.Tx) error { return tx.SaveImportItem(ctx(), i) })
	}
	first := &warta.ImportItem{Source: "lama.example.id", Kind: warta.ImportPost, Key: "12",
		TargetKind: warta.TargetArticle, TargetID: a.ID, Checksum: "abc", Version: 1}
	if err := save(first); err != nil {
		t.Fatal(err)
	}
	if err := save(&warta.ImportItem{Source: "lain.example.id", Kind: warta.ImportPost, Key: "12",
		TargetKind: warta.TargetMedia, TargetID: f.photo.ID}); err != nil {
		t.Fatal(err)
	}
	// Saving again replaces: no twin.
	first.Checksum, first.Version = "def", 2
	if err := save(first); err != nil {
		t.Fatal(err)
	}
	if err := save(&warta.ImportItem{Source: "lama.example.id", Kind: warta.ImportPost, Key: "13"}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("record without target: %v, want invalid", err)
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindImportItem(ctx(), "lama.example.id", warta.ImportPost, "12")
		if err != nil {
			return err
		}
		if got.TargetKind != warta.TargetArticle || got.TargetID != a.ID || got.Checksum != "def" || got.Version != 2 || got.ImportedAt.IsZero() {
			t.Errorf("item = %+v", got)
		}
		if _, err := tx.FindImportItem(ctx(), "lama.example.id", warta.ImportAuthor, "12"); !warta.IsNotFound(err) {
			t.Errorf("other kind: %v, want not found", err)
		}
		if tag, err := tx.FindTagByID(ctx(), f.pemilu.ID); err != nil || tag.Slug != "pemilu" {
			t.Errorf("FindTagByID = %v, %v", tag, err)
		}
		if _, err := tx.FindTagByID(ctx(), 99999); !warta.IsNotFound(err) {
			t.Errorf("FindTagByID of a missing tag: %v, want not found", err)
		}
		list, err := tx.FindImportItemsByKey(ctx(), warta.ImportPost, "12")
		if err != nil {
			return err
		}
		if len(list) != 2 {
			t.Errorf("by key: %d items, want 2", len(list))
		}
		return nil
	})

	created, modified := time.Date(2014, 3, 2, 1, 0, 0, 0, time.UTC), time.Date(2015, 6, 7, 8, 0, 0, 0, time.UTC)
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SetArticleDates(ctx(), a.ID, created, modified) })
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), a.ID)
		if err != nil {
			return err
		}
		if !got.CreatedAt.Equal(created) || !got.ModifiedAt.Equal(modified) {
			t.Errorf("dates = %v, %v; want %v, %v", got.CreatedAt, got.ModifiedAt, created, modified)
		}
		return nil
	})
	if err := s.Update(ctx(), func(tx warta.Tx) error { return tx.SetArticleDates(ctx(), 99999, created, modified) }); !warta.IsNotFound(err) {
		t.Errorf("dates of a missing article: %v, want not found", err)
	}
}
