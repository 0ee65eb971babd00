package storetest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
)

func testSearch(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	korut := f.article("korut-kirim-tentara", base.Add(-2*time.Hour))
	korut.Title = "Korut Kirim Ribuan Tentara ke Rusia"
	korut.Dek = "Pentagon menyebut pasukan itu dilatih di timur jauh."
	korut.BodyHTML = "<p>Pengiriman pasukan berlangsung sejak awal bulan.</p>"
	pasar := f.article("harga-cabai", base.Add(-time.Hour))
	pasar.Title = "Harga Cabai Rawit Naik di Pasar Tradisional"
	pasar.SectionID = f.ekonomi.ID
	pasar.BodyHTML = "<p>Pedagang mengeluhkan pasokan yang menyusut.</p>"
	pasar.AuthorIDs = []int64{f.budi.ID}
	draft := f.article("draf-tentara", time.Time{})
	draft.Status, draft.Title = warta.StatusDraft, "Draf Tentara Rusia"
	mustCreate(t, s, korut, pasar, draft)

	find := func(q string, mod func(*warta.SearchFilter)) ([]string, int) {
		t.Helper()
		pq := search.ParseQuery(q)
		sf := warta.SearchFilter{Terms: pq.Terms, Exact: pq.Exact, Now: base, Limit: 10}
		if mod != nil {
			mod(&sf)
		}
		var got []string
		var total int
		mustView(t, s, func(tx warta.ReadTx) error {
			list, n, err := tx.SearchArticles(ctx(), sf)
			got, total = slugs(list), n
			return err
		})
		return got, total
	}
	cases := []struct {
		name, q string
		mod     func(*warta.SearchFilter)
		want    string
	}{
		{"abbreviation and stems", "tentara korea utara dikirim ke rusia", nil, "korut-kirim-tentara"},
		{"stem of a derived word", "pengiriman pasukan", nil, "korut-kirim-tentara"},
		{"dek words", "pentagon", nil, "korut-kirim-tentara"},
		{"body words", "pedagang pasokan", nil, "harga-cabai"},
		{"section filter keeps", "cabai", func(sf *warta.SearchFilter) { sf.SectionID = &f.ekonomi.ID }, "harga-cabai"},
		{"section filter drops", "cabai", func(sf *warta.SearchFilter) { sf.SectionID = &f.nasional.ID }, ""},
		{"drafts are not found", "draf", nil, ""},
		{"nothing", "gempa bumi", nil, ""},
		{"any word", "gempa cabai", func(sf *warta.SearchFilter) { sf.Any = true }, "harga-cabai"},
		{"author filter keeps", "cabai", func(sf *warta.SearchFilter) { sf.AuthorID = &f.budi.ID }, "harga-cabai"},
		{"author filter drops", "cabai", func(sf *warta.SearchFilter) { sf.AuthorID = &f.rina.ID }, ""},
		{"from keeps", "cabai", func(sf *warta.SearchFilter) { from := base.Add(-90 * time.Minute); sf.From = &from }, "harga-cabai"},
		{"from drops", "cabai", func(sf *warta.SearchFilter) { from := base.Add(-30 * time.Minute); sf.From = &from }, ""},
		{"before drops", "cabai", func(sf *warta.SearchFilter) { before := base.Add(-90 * time.Minute); sf.Before = &before }, ""},
		{"section and author and date", "rusia tentara", func(sf *warta.SearchFilter) {
			from := base.Add(-3 * time.Hour)
			sf.SectionID, sf.AuthorID, sf.From = &f.nasional.ID, &f.rina.ID, &from
		}, "korut-kirim-tentara"},
		{"facet tokens are not words", fmt.Sprintf("s%d p%d", f.ekonomi.ID, f.budi.ID), func(sf *warta.SearchFilter) { sf.Any = true }, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, total := find(tc.q, tc.mod)
			if strings.Join(got, ",") != tc.want || total != len(got) {
				t.Errorf("%q found %v (total %d), want %q", tc.q, got, total, tc.want)
			}
		})
	}
	// Pages: the total counts every match, a page holds its share.
	cabai := f.article("cabai-merah", base.Add(-3*time.Hour))
	cabai.Title = "Cabai Merah Ikut Naik"
	mustCreate(t, s, cabai)
	pq := search.ParseQuery("cabai")
	mustView(t, s, func(tx warta.ReadTx) error {
		first, n1, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Now: base, Limit: 1})
		if err != nil {
			return err
		}
		second, n2, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Now: base, Limit: 1, Offset: 1})
		if err != nil {
			return err
		}
		past, n3, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Now: base, Limit: 1, Offset: 5})
		if err != nil {
			return err
		}
		if n1 != 2 || n2 != 2 || n3 != 2 || len(first) != 1 || len(second) != 1 || len(past) != 0 || first[0].ID == second[0].ID {
			t.Errorf("pages of 1: %v (%d), %v (%d), %v (%d)", slugs(first), n1, slugs(second), n2, slugs(past), n3)
		}
		// Past the cap, the newest matches are ranked and the total says
		// "more than the cap".
		capped, n, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Now: base, Limit: 1, Cap: 1})
		if err != nil {
			return err
		}
		if n != 2 || len(capped) != 1 {
			t.Errorf("cap 1: %v (%d), want one and a total of 2 (more than 1)", slugs(capped), n)
		}
		past, n, err = tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Now: base, Limit: 1, Offset: 5, Cap: 1})
		if err != nil || n != 2 || len(past) != 0 {
			t.Errorf("cap 1 past the end: %v (%d) %v", slugs(past), n, err)
		}
		return nil
	})
	// Similar articles: the other story about soldiers, not the market one.
	second := f.article("pasukan-korea-utara-tiba", base.Add(-30*time.Minute))
	second.Title = "Pasukan Korea Utara Tiba di Perbatasan Rusia"
	mustCreate(t, s, second)
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.SimilarArticles(ctx(), korut, nil, 3)
		if err != nil {
			return err
		}
		if got := strings.Join(slugs(list), ","); !strings.HasPrefix(got, "pasukan-korea-utara-tiba") || strings.Contains(got, "korut-kirim-tentara") {
			t.Errorf("similar to %s: %s", korut.Slug, got)
		}
		list, _ = tx.SimilarArticles(ctx(), korut, []int64{second.ID}, 3)
		if strings.Contains(strings.Join(slugs(list), ","), "pasukan-korea-utara-tiba") {
			t.Error("an excluded article came back")
		}
		return nil
	})
	// The index follows edits and deletion.
	mustUpdate(t, s, func(tx warta.Tx) error {
		title := "Harga Bawang Merah Turun"
		_, err := tx.UpdateArticle(ctx(), pasar.ID, warta.ArticleUpdate{Version: 1, Title: &title})
		return err
	})
	if got, _ := find("bawang", nil); strings.Join(got, ",") != "harga-cabai" {
		t.Errorf("after an edit: %v", got)
	}
	// A withdrawn story leaves the index, and comes back when republished.
	for _, st := range []warta.Status{warta.StatusUnpublished, warta.StatusPublished} {
		mustUpdate(t, s, func(tx warta.Tx) error {
			a, err := tx.FindArticleByID(ctx(), pasar.ID)
			if err != nil {
				return err
			}
			_, err = tx.UpdateArticle(ctx(), pasar.ID, warta.ArticleUpdate{Version: a.Version, Status: &st})
			return err
		})
		if got, _ := find("bawang", nil); (len(got) == 0) != (st == warta.StatusUnpublished) {
			t.Errorf("after the move to %s: %v", st, got)
		}
	}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteArticle(ctx(), pasar.ID) })
	if got, _ := find("bawang", nil); len(got) != 0 {
		t.Errorf("after delete: %v", got)
	}
	// Hostile input never reaches FTS syntax.
	for _, q := range []string{`"`, `*`, `NEAR(a b)`, `OR(`, `-tentara`, `title:rusia`, `a AND OR NOT`, "🙂🙂", strings.Repeat("rusia ", 400)} {
		find(q, nil)
	}
}

// testSearchTies: stories that match equally well come newest first, and
// those published at the same moment by id, highest first, on every
// database, so that a page and the next never show one story twice or
// leave one out. More ties than the ranking window holds, where a
// database's bounded sort is free to return equal rows in any order.
func testSearchTies(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	const n = 300
	var twins []*warta.Article
	for i := range n {
		at := base.Add(-time.Hour)
		if i%50 == 7 {
			at = base.Add(-time.Duration(2+i) * time.Hour) // a few older ones
		}
		a := f.article(fmt.Sprintf("kembar-%d", i), at)
		a.Title, a.Dek, a.BodyHTML = "Banjir Rob di Pesisir", "Air laut naik.", "<p>Warga mengungsi.</p>"
		twins = append(twins, a)
	}
	mustCreate(t, s, twins...)
	want := slices.Clone(twins)
	slices.SortStableFunc(want, func(a, b *warta.Article) int {
		if c := b.PublishedAt.Compare(a.PublishedAt); c != 0 {
			return c
		}
		return cmp.Compare(b.ID, a.ID)
	})
	pq := search.ParseQuery("banjir rob")
	var got []string
	for offset := 0; offset < n; offset += 20 {
		mustView(t, s, func(tx warta.ReadTx) error {
			list, _, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Exact: pq.Exact, Now: base, Offset: offset, Limit: 20})
			got = append(got, slugs(list)...)
			return err
		})
	}
	if w := slugs(want); strings.Join(got, ",") != strings.Join(w, ",") {
		for i := range min(len(got), len(w)) {
			if got[i] != w[i] {
				t.Fatalf("pages of %d equal matches: at %d %s, want %s (got %d in all)", n, i, got[i], w[i], len(got))
			}
		}
		t.Fatalf("pages of %d equal matches: got %d, want %d", n, len(got), len(w))
	}
}

// testOptimizeSearch: compacting the index after many small writes keeps
// every story findable, in the same order.
func testOptimizeSearch(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	for i, title := range []string{"Banjir Rendam Pasar Lama", "Banjir Surut di Pasar Baru", "Harga Cabai Naik"} {
		a := f.article(fmt.Sprintf("cerita-%d", i), base.Add(time.Duration(i)*time.Hour))
		a.Title = title
		mustCreate(t, s, a) // one transaction each, as an import writes
	}
	search := func() []string {
		t.Helper()
		var got []string
		mustView(t, s, func(tx warta.ReadTx) error {
			pq := search.ParseQuery("banjir pasar")
			list, _, err := tx.SearchArticles(ctx(), warta.SearchFilter{Terms: pq.Terms, Exact: pq.Exact, Now: base.Add(24 * time.Hour), Limit: 10})
			got = slugs(list)
			return err
		})
		return got
	}
	before := search()
	if len(before) != 2 {
		t.Fatalf("before: %v, want the two flood stories", before)
	}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.OptimizeSearch(ctx()) })
	if after := search(); !slices.Equal(after, before) {
		t.Errorf("after OptimizeSearch: %v, want %v", after, before)
	}
}
