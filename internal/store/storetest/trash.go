package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// testNewsroomFilters covers the newsroom's list: search over the text of
// articles in any status, label, last-change range, title order, excluded
// statuses, and counts per status.
func testNewsroomFilters(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	banjir := f.article("banjir", base.Add(-48*time.Hour))
	banjir.Title = "Banjir Rendam Kota"
	draft := f.article("draf-gempa", time.Time{})
	draft.Status, draft.Title = warta.StatusDraft, "Catatan Rapat Redaksi"
	draft.BodyHTML = "<p>Gempa mengguncang pesisir selatan pagi tadi.</p>"
	opini := f.article("opini", base.Add(-24*time.Hour))
	opini.Label, opini.Title = warta.LabelOpini, "Anggaran Daerah"
	review := f.article("tinjau", time.Time{})
	review.Status, review.Title = warta.StatusReview, "Zebra di Kebun Binatang"
	mustCreate(t, s, banjir, draft, opini, review)
	trashed := warta.StatusTrashed
	mustUpdate(t, s, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), opini.ID, warta.ArticleUpdate{Version: 1, Status: &trashed,
			Trashed: &warta.Trashing{At: base, From: warta.StatusPublished}})
		return err
	})
	opinion := warta.LabelOpini
	later := base.Add(time.Hour)
	cases := []struct {
		name string
		f    warta.ArticleFilter
		want []string
	}{
		{"a word in a draft's body", warta.ArticleFilter{Query: "gempa"}, []string{"draf-gempa"}},
		{"a stemmed form", warta.ArticleFilter{Query: "mengguncang"}, []string{"draf-gempa"}},
		{"the start of a title word", warta.ArticleFilter{Query: "Banj"}, []string{"banjir"}},
		{"no words", warta.ArticleFilter{Query: "?!"}, nil},
		{"nothing like it", warta.ArticleFilter{Query: "kapal selam"}, nil},
		{"label", warta.ArticleFilter{Label: &opinion}, []string{"opini"}},
		{"not trashed", warta.ArticleFilter{ExcludeStatuses: []warta.Status{warta.StatusTrashed}, Order: warta.OrderTitle},
			[]string{"banjir", "draf-gempa", "tinjau"}},
		{"title A to Z", warta.ArticleFilter{Order: warta.OrderTitle}, []string{"opini", "banjir", "draf-gempa", "tinjau"}},
		{"title Z to A", warta.ArticleFilter{Order: warta.OrderTitleDesc}, []string{"tinjau", "draf-gempa", "banjir", "opini"}},
		// The store's clock stamps the changes: all four are changed at or
		// after the first was created.
		{"changed since", warta.ArticleFilter{Modified: warta.DateRange{From: banjir.ModifiedAt}, Order: warta.OrderTitle},
			[]string{"opini", "banjir", "draf-gempa", "tinjau"}},
		{"changed before", warta.ArticleFilter{Modified: warta.DateRange{Before: banjir.ModifiedAt}}, nil},
		{"trashed before", warta.ArticleFilter{TrashedBefore: &later}, []string{"opini"}},
		{"trashed before then", warta.ArticleFilter{TrashedBefore: &base}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mustView(t, s, func(tx warta.ReadTx) error {
				list, total, err := tx.FindArticles(ctx(), tc.f)
				if err != nil {
					return err
				}
				if got := slugs(list); strings.Join(got, ",") != strings.Join(tc.want, ",") {
					t.Errorf("got %v, want %v", got, tc.want)
				}
				if total != len(tc.want) {
					t.Errorf("total %d, want %d", total, len(tc.want))
				}
				return nil
			})
		})
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		counts, err := tx.CountArticlesByStatus(ctx(), warta.ArticleFilter{Status: &trashed, Limit: 1})
		if err != nil {
			return err
		}
		want := map[warta.Status]int{warta.StatusPublished: 1, warta.StatusDraft: 1, warta.StatusReview: 1, warta.StatusTrashed: 1}
		if len(counts) != len(want) {
			t.Errorf("counts %v, want %v", counts, want)
		}
		for k, n := range want {
			if counts[k] != n {
				t.Errorf("counts %v, want %v", counts, want)
			}
		}
		counts, err = tx.CountArticlesByStatus(ctx(), warta.ArticleFilter{Query: "gempa"})
		if err != nil {
			return err
		}
		if len(counts) != 1 || counts[warta.StatusDraft] != 1 {
			t.Errorf("counts for a search %v", counts)
		}
		return nil
	})
}

// testTrash covers a trashed article's fields, that the published search
// leaves it out, and tombstones.
func testTrash(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("dibuang", base)
	mustCreate(t, s, a)
	trashed := warta.StatusTrashed
	u := &warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), u); err != nil {
			return err
		}
		// Trashed needs its time.
		_, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, Status: &trashed})
		wantCode(t, err, warta.EINVALID)
		_, err = tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, Status: &trashed,
			Trashed: &warta.Trashing{At: base, By: u.ID, From: warta.StatusPublished}})
		return err
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), a.ID)
		if err != nil {
			return err
		}
		if got.Status != trashed || !got.TrashedAt.Equal(base) || got.TrashedBy != u.ID || got.TrashedFrom != warta.StatusPublished {
			t.Errorf("trashed article: %s %v %d %q", got.Status, got.TrashedAt, got.TrashedBy, got.TrashedFrom)
		}
		list, _, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: [][]string{{"isi"}}, Now: base, Limit: 10})
		if err != nil {
			return err
		}
		if len(list) != 0 {
			t.Errorf("the public search finds a trashed article")
		}
		list, _, err = tx.FindArticles(ctx(), warta.ArticleFilter{Query: "isi", Status: &trashed})
		if err != nil {
			return err
		}
		if len(list) != 1 || list[0].TrashedBy != u.ID {
			t.Errorf("the newsroom search misses the trash: %v", slugs(list))
		}
		_, err = tx.FindTombstone(ctx(), "/nasional/2026/11/20/dibuang")
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
	// Out of the trash again.
	mustUpdate(t, s, func(tx warta.Tx) error {
		draft := warta.StatusDraft
		got, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 2, Status: &draft, Trashed: &warta.Trashing{}})
		if err != nil {
			return err
		}
		if !got.TrashedAt.IsZero() || got.TrashedBy != 0 || got.TrashedFrom != "" {
			t.Errorf("restored article keeps its trash fields")
		}
		if err := tx.DeleteArticle(ctx(), a.ID); err != nil {
			return err
		}
		wantCode(t, tx.CreateTombstone(ctx(), &warta.Tombstone{Path: "/redaksi/x"}), warta.EINVALID)
		ts := &warta.Tombstone{Path: "/nasional/2026/11/20/dibuang"}
		if err := tx.CreateTombstone(ctx(), ts); err != nil {
			return err
		}
		return tx.CreateTombstone(ctx(), &warta.Tombstone{Path: ts.Path}) // twice is fine
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindTombstone(ctx(), "/nasional/2026/11/20/dibuang")
		if err != nil {
			return err
		}
		if got.Path != "/nasional/2026/11/20/dibuang" || got.CreatedAt.IsZero() {
			t.Errorf("tombstone %+v", got)
		}
		list, _, err := tx.FindArticles(ctx(), warta.ArticleFilter{Query: "isi"})
		if err != nil {
			return err
		}
		if len(list) != 0 {
			t.Errorf("a purged article is still in the newsroom index")
		}
		return nil
	})
}
