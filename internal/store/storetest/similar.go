package storetest

import (
	"slices"
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

// testArticlesWithoutSimilar: the keeper's work list holds the published
// stories with nothing kept, newest first and bounded; a kept list (even
// an empty one) takes a story off it, ForgetSimilar puts it back.
func testArticlesWithoutSimilar(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	old := f.article("lama", base.Add(-3*time.Hour))
	mid := f.article("tengah", base.Add(-2*time.Hour))
	fresh := f.article("baru", base.Add(-time.Hour))
	draft := f.article("draf", time.Time{})
	draft.Status = warta.StatusDraft
	mustCreate(t, s, old, mid, fresh, draft)
	without := func(limit int) []int64 {
		t.Helper()
		var ids []int64
		mustView(t, s, func(tx warta.ReadTx) error {
			var err error
			ids, err = tx.ArticlesWithoutSimilar(ctx(), limit)
			return err
		})
		return ids
	}
	if got := without(10); !slices.Equal(got, []int64{fresh.ID, mid.ID, old.ID}) {
		t.Errorf("nothing kept: %v, want the published newest first %v", got, []int64{fresh.ID, mid.ID, old.ID})
	}
	if got := without(2); !slices.Equal(got, []int64{fresh.ID, mid.ID}) {
		t.Errorf("limit 2: %v", got)
	}
	if got := without(0); len(got) != 0 {
		t.Errorf("limit 0: %v", got)
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.SetStoredSimilar(ctx(), fresh.ID, []int64{mid.ID}); err != nil {
			return err
		}
		return tx.SetStoredSimilar(ctx(), old.ID, nil)
	})
	if got := without(10); !slices.Equal(got, []int64{mid.ID}) {
		t.Errorf("two kept: %v, want [%d]", got, mid.ID)
	}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.ForgetSimilar(ctx(), fresh.ID) })
	if got := without(10); !slices.Equal(got, []int64{fresh.ID, mid.ID}) {
		t.Errorf("after ForgetSimilar: %v", got)
	}
	var ok bool
	mustView(t, s, func(tx warta.ReadTx) error {
		var err error
		_, ok, err = tx.StoredSimilar(ctx(), fresh.ID, 4)
		return err
	})
	if ok {
		t.Error("a forgotten list still reads as kept")
	}
}
