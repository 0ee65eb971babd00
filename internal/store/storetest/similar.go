package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// testStoredSimilar: the similar stories kept for an article come back in
// their order, only while published, with their list relations; an
// article with none stored says so; a new list replaces the old one.
func testStoredSimilar(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("induk", base.Add(-3*time.Hour))
	b := f.article("kedua", base.Add(-2*time.Hour))
	c := f.article("ketiga", base.Add(-time.Hour))
	d := f.article("keempat", base.Add(-time.Hour))
	mustCreate(t, s, a, b, c, d)
	stored := func(id int64, limit int) (string, bool) {
		t.Helper()
		var got string
		var ok bool
		mustView(t, s, func(tx warta.ReadTx) error {
			list, found, err := tx.StoredSimilar(ctx(), id, limit)
			for _, x := range list {
				if x.Section == nil || x.Section.Slug != "nasional" || len(x.Authors) != 1 || x.FeaturedMedia == nil {
					t.Errorf("%s without its section, author or photo: %+v", x.Slug, x)
				}
			}
			got, ok = strings.Join(slugs(list), ","), found
			return err
		})
		return got, ok
	}
	if got, ok := stored(a.ID, 4); ok || got != "" {
		t.Errorf("nothing stored yet: %q %v", got, ok)
	}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SetStoredSimilar(ctx(), a.ID, []int64{c.ID, b.ID, d.ID}) })
	if got, ok := stored(a.ID, 4); !ok || got != "ketiga,kedua,keempat" {
		t.Errorf("stored: %q %v", got, ok)
	}
	if got, _ := stored(a.ID, 2); got != "ketiga,kedua" {
		t.Errorf("limit 2: %q", got)
	}
	// A story taken down drops out of the lists that point to it.
	mustUpdate(t, s, func(tx warta.Tx) error {
		st := warta.StatusUnpublished
		_, err := tx.UpdateArticle(ctx(), c.ID, warta.ArticleUpdate{Version: 1, Status: &st})
		return err
	})
	if got, _ := stored(a.ID, 2); got != "kedua,keempat" {
		t.Errorf("after a takedown: %q", got)
	}
	// Replaced, not added to; still "stored" when none is left published.
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SetStoredSimilar(ctx(), a.ID, []int64{c.ID}) })
	if got, ok := stored(a.ID, 4); !ok || got != "" {
		t.Errorf("only a withdrawn one: %q %v", got, ok)
	}
	// Deleting a story removes it from the lists.
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.SetStoredSimilar(ctx(), b.ID, []int64{d.ID, a.ID}); err != nil {
			return err
		}
		return tx.DeleteArticle(ctx(), d.ID)
	})
	if got, _ := stored(b.ID, 4); got != "induk" {
		t.Errorf("after deleting keempat: %q", got)
	}
	if _, ok := stored(b.ID, 0); ok {
		t.Error("limit 0 reads nothing")
	}
	// None found is kept too: the page does not search again.
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SetStoredSimilar(ctx(), c.ID, nil) })
	if got, ok := stored(c.ID, 4); !ok || got != "" {
		t.Errorf("kept empty: %q %v", got, ok)
	}
}
