package storetest

import (
	"fmt"
	"testing"

	"warta"
)

// testRevisionCap: PruneRevisions keeps an article's newest revisions
// and every one marked published, deletes the rest, and leaves other
// articles alone.
func testRevisionCap(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a, other := f.article("dipangkas", base), f.article("lain", base)
	mustCreate(t, s, a)
	mustCreate(t, s, other)
	mustUpdate(t, s, func(tx warta.Tx) error {
		for v := 1; v <= 10; v++ {
			for _, id := range []int64{a.ID, other.ID} {
				r := &warta.Revision{ArticleID: id, Version: v, Title: fmt.Sprintf("Versi %d", v)}
				if v == 3 {
					// A refused stale save at version 3 is never the published text.
					if err := tx.CreateRevision(ctx(), &warta.Revision{ArticleID: id, Version: 3, Title: "Ditolak", Refused: true}); err != nil {
						return err
					}
				}
				if err := tx.CreateRevision(ctx(), r); err != nil {
					return err
				}
			}
		}
		// Versions 2 and 3 went out to readers (3 from a later publish).
		if err := tx.MarkRevisionPublished(ctx(), a.ID, 2); err != nil {
			return err
		}
		if err := tx.MarkRevisionPublished(ctx(), a.ID, 3); err != nil {
			return err
		}
		n, err := tx.PruneRevisions(ctx(), a.ID, 4)
		if err != nil || n != 5 {
			t.Errorf("pruned %d, %v; want 5 (versions 1, refused 3, 4, 5, 6)", n, err)
		}
		n, err = tx.PruneRevisions(ctx(), a.ID, 4)
		if err != nil || n != 0 {
			t.Errorf("pruned again %d, %v; want 0", n, err)
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		revs, err := tx.FindRevisions(ctx(), a.ID)
		var got []string
		for _, r := range revs {
			got = append(got, r.Title)
		}
		if want := "[Versi 10 Versi 9 Versi 8 Versi 7 Versi 3 Versi 2]"; err != nil || fmt.Sprint(got) != want {
			t.Errorf("kept %v, %v; want %s", got, err, want)
		}
		revs, err = tx.FindRevisions(ctx(), other.ID)
		if err != nil || len(revs) != 11 {
			t.Errorf("other article has %d revisions, %v; want 11", len(revs), err)
		}
		return nil
	})
}
