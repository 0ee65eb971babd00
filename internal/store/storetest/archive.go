package storetest

import (
	"testing"
	"time"

	"warta"
)

func testArticleLinks(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	photo := &warta.Media{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540, Hash: "abc",
		Variants: []warta.MediaVariant{{Key: "m/abc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 180},
			{Key: "m/abc/960.webp", MimeType: "image/webp", Width: 960, Height: 540}}}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateMedia(ctx(), photo) })
	old := f.article("lama", base.Add(-48*time.Hour))
	withPhoto := f.article("dengan-foto", base)
	withPhoto.FeaturedMediaID = photo.ID
	withPhoto.UpdatedAt = base.Add(time.Hour)
	noPhoto := f.article("tanpa-foto", base.Add(time.Hour))
	noPhoto.FeaturedMediaID = 0
	noPhoto.SectionID = f.ekonomi.ID
	draft := f.article("draf", time.Time{})
	draft.Status = warta.StatusDraft
	mustCreate(t, s, old, withPhoto, noPhoto, draft)

	published := warta.StatusPublished
	from := base.Add(-time.Hour)
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.FindArticleLinks(ctx(), warta.ArticleFilter{Status: &published})
		if err != nil {
			t.Fatal(err)
		}
		if got := slugs(list); len(got) != 3 || got[0] != "tanpa-foto" || got[1] != "dengan-foto" || got[2] != "lama" {
			t.Fatalf("published links = %v, want newest first without the draft", got)
		}
		a := list[1]
		if a.ID != withPhoto.ID || a.Title != withPhoto.Title || a.Status != warta.StatusPublished ||
			!a.PublishedAt.Equal(base) || !a.UpdatedAt.Equal(base.Add(time.Hour)) || a.ModifiedAt.IsZero() {
			t.Errorf("link fields differ: %+v", a)
		}
		if a.Section == nil || a.Section.Slug != "nasional" || list[0].Section == nil || list[0].Section.Slug != "ekonomi" {
			t.Errorf("sections not loaded: %+v %+v", a.Section, list[0].Section)
		}
		if a.FeaturedMedia == nil || a.FeaturedMedia.Key != "m/abc/960.jpg" || len(a.FeaturedMedia.Variants) != 2 ||
			a.FeaturedMedia.Variants[0].Key != "m/abc/320.jpg" || a.FeaturedMedia.Width != 960 {
			t.Errorf("featured media not loaded: %+v", a.FeaturedMedia)
		}
		if list[0].FeaturedMedia != nil {
			t.Errorf("an article without a photo has featured media %+v", list[0].FeaturedMedia)
		}
		if a.BodyHTML != "" || a.Dek != "" || len(a.Authors) != 0 {
			t.Errorf("links carry more than a link needs: body %q dek %q authors %d", a.BodyHTML, a.Dek, len(a.Authors))
		}

		list, err = tx.FindArticleLinks(ctx(), warta.ArticleFilter{Status: &published, PublishedFrom: &from, Order: warta.OrderOldest})
		if err != nil {
			t.Fatal(err)
		}
		if got := slugs(list); len(got) != 2 || got[0] != "dengan-foto" || got[1] != "tanpa-foto" {
			t.Errorf("window, oldest first = %v", got)
		}
		list, err = tx.FindArticleLinks(ctx(), warta.ArticleFilter{Status: &published, Order: warta.OrderOldest, Offset: 1, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if got := slugs(list); len(got) != 1 || got[0] != "dengan-foto" {
			t.Errorf("offset 1 limit 1 = %v", got)
		}
		return nil
	})
}

func testCountPublishedByMonth(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	jakarta := time.FixedZone("WIB", 7*3600)
	mustView(t, s, func(tx warta.ReadTx) error {
		months, err := tx.CountPublishedByMonth(ctx(), jakarta)
		if err != nil || len(months) != 0 {
			t.Errorf("empty store: %v, %v", months, err)
		}
		return nil
	})
	// 31 October 17:30 UTC is already 1 November 00:30 in Jakarta.
	edge := time.Date(2026, 10, 31, 17, 30, 0, 0, time.UTC)
	august := f.article("agustus", time.Date(2026, 8, 10, 3, 0, 0, 0, time.UTC))
	october := f.article("oktober", time.Date(2026, 10, 5, 3, 0, 0, 0, time.UTC))
	october.UpdatedAt = time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC) // updated later, counted in its first month
	atEdge := f.article("tepi-bulan", edge)
	november := f.article("november", base)
	draft := f.article("draf", time.Time{})
	draft.Status = warta.StatusDraft
	withdrawn := f.article("ditarik", time.Date(2026, 9, 3, 3, 0, 0, 0, time.UTC))
	withdrawn.Status = warta.StatusUnpublished
	mustCreate(t, s, august, october, atEdge, november, draft, withdrawn)

	check := func(loc *time.Location, want []warta.MonthCount) {
		t.Helper()
		mustView(t, s, func(tx warta.ReadTx) error {
			got, err := tx.CountPublishedByMonth(ctx(), loc)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%s: %d months %+v, want %d", loc, len(got), got, len(want))
			}
			for i := range want {
				if !got[i].Month.Equal(want[i].Month) || got[i].Count != want[i].Count || !got[i].LastMod.Equal(want[i].LastMod) {
					t.Errorf("%s: month %d = %+v, want %+v", loc, i, got[i], want[i])
				}
			}
			return nil
		})
	}
	month := func(y int, m time.Month, loc *time.Location) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, loc) }
	// September has only a withdrawn article: it is no month of the archive.
	check(jakarta, []warta.MonthCount{
		{Month: month(2026, 8, jakarta), Count: 1, LastMod: august.PublishedAt},
		{Month: month(2026, 10, jakarta), Count: 1, LastMod: october.UpdatedAt},
		{Month: month(2026, 11, jakarta), Count: 2, LastMod: base},
	})
	check(time.UTC, []warta.MonthCount{
		{Month: month(2026, 8, time.UTC), Count: 1, LastMod: august.PublishedAt},
		{Month: month(2026, 10, time.UTC), Count: 2, LastMod: october.UpdatedAt},
		{Month: month(2026, 11, time.UTC), Count: 1, LastMod: base},
	})
}

func testCountPublishedByList(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("satu", base)
	b := f.article("dua", base.Add(time.Hour))
	b.AuthorIDs = []int64{f.budi.ID, f.rina.ID}
	b.TagIDs = []int64{f.pajak.ID, f.pemilu.ID}
	// The draft alone would put Ekonomi and the tag Pajak on the list.
	draft := f.article("draf", time.Time{})
	draft.Status = warta.StatusDraft
	draft.SectionID = f.ekonomi.ID
	draft.TagIDs = []int64{f.pajak.ID}
	withdrawn := f.article("ditarik", base.Add(2*time.Hour))
	withdrawn.Status = warta.StatusUnpublished
	withdrawn.SectionID = f.ekonomi.ID
	mustCreate(t, s, a, b, draft, withdrawn)
	later := base.Add(time.Hour)
	want := []warta.ListCount{
		{Kind: warta.ListSection, ID: f.nasional.ID, Slug: "nasional", Count: 2, LastPublished: later},
		{Kind: warta.ListAuthor, ID: f.budi.ID, Slug: "budi-santoso", Count: 1, LastPublished: later},
		{Kind: warta.ListAuthor, ID: f.rina.ID, Slug: "rina-wijaya", Count: 2, LastPublished: later},
		{Kind: warta.ListTag, ID: f.pajak.ID, Slug: "pajak", Count: 1, LastPublished: later},
		{Kind: warta.ListTag, ID: f.pemilu.ID, Slug: "pemilu", Count: 2, LastPublished: later},
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.CountPublishedByList(ctx())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("lists = %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i].Kind != want[i].Kind || got[i].ID != want[i].ID || got[i].Slug != want[i].Slug || got[i].Count != want[i].Count ||
				!got[i].LastPublished.Equal(want[i].LastPublished) {
				t.Errorf("list %d = %+v, want %+v", i, got[i], want[i])
			}
		}
		return nil
	})
}
