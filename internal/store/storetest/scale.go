package storetest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"warta"
)

// testFindArticlesDeepPages checks that every page of a newest-first list
// is the same slice of the whole list, whichever end a store reads it from
// (a store may read the older half from the oldest end) and whichever way
// it matches a tag or author with hundreds of stories: ties in publication
// time, stories of other sections, tags and authors in between, and the
// page past the end included.
func testFindArticlesDeepPages(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	var list []*warta.Article
	for i := range 540 {
		a := f.article(fmt.Sprintf("cerita-%d", i), base.Add(time.Duration(i/3)*time.Minute)) // three share each minute
		if i%9 == 4 {
			a.SectionID, a.TagIDs, a.AuthorIDs = f.ekonomi.ID, []int64{f.pajak.ID}, []int64{f.budi.ID}
		}
		if i%50 == 7 {
			a.Status, a.PublishedAt = warta.StatusDraft, time.Time{}
		}
		list = append(list, a)
	}
	mustCreate(t, s, list...)
	published := warta.StatusPublished
	for name, filter := range map[string]warta.ArticleFilter{
		"section":  {SectionID: &f.nasional.ID},
		"tag":      {TagID: &f.pemilu.ID},
		"author":   {AuthorID: &f.rina.ID},
		"small":    {TagID: &f.pajak.ID},
		"all":      {},
		"any kind": {Status: nil},
	} {
		if name != "any kind" {
			filter.Status = &published
		}
		var whole []int64
		mustView(t, s, func(tx warta.ReadTx) error {
			all, total, err := tx.FindArticles(ctx(), filter)
			for _, a := range all {
				whole = append(whole, a.ID)
			}
			if err == nil && total != len(all) {
				err = fmt.Errorf("total %d for %d", total, len(all))
			}
			return err
		})
		if len(whole) < 40 {
			t.Fatalf("%s: only %d stories", name, len(whole))
		}
		for _, limit := range []int{20, 7} {
			for offset := 0; offset <= len(whole)+limit; offset += limit {
				p := filter
				p.Offset, p.Limit = offset, limit
				var got []int64
				var total int
				mustView(t, s, func(tx warta.ReadTx) error {
					page, n, err := tx.FindArticles(ctx(), p)
					for _, a := range page {
						got = append(got, a.ID)
						if a.Section == nil || len(a.Authors) == 0 {
							return fmt.Errorf("article %d without its section or authors", a.ID)
						}
					}
					total = n
					return err
				})
				want := whole[min(offset, len(whole)):min(offset+limit, len(whole))]
				if !slices.Equal(got, want) || total != len(whole) {
					t.Fatalf("%s: page at %d of %d: %v (total %d), want %v (total %d)", name, offset, limit, got, total, want, len(whole))
				}
			}
		}
	}
}
