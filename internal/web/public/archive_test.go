package public_test

import (
	"context"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/public"
)

// countingStore counts how often the whole archive is counted.
type countingStore struct {
	warta.Store
	counts *atomic.Int32
}

func (s countingStore) View(ctx context.Context, fn func(warta.ReadTx) error) error {
	return s.Store.View(ctx, func(tx warta.ReadTx) error { return fn(countingTx{tx, s.counts}) })
}

type countingTx struct {
	warta.ReadTx
	counts *atomic.Int32
}

func (tx countingTx) CountPublishedByMonth(ctx context.Context, loc *time.Location) ([]warta.MonthCount, error) {
	tx.counts.Add(1)
	return tx.ReadTx.CountPublishedByMonth(ctx, loc)
}

func (tx countingTx) CountPublishedByList(ctx context.Context) ([]warta.ListCount, error) {
	tx.counts.Add(1)
	return tx.ReadTx.CountPublishedByList(ctx)
}

// sitemapEntries is what the sitemaps list: the index's children and
// the pages sitemap's addresses, each sorted.
func sitemapEntries(t *testing.T, h *public.Handler) (children, pages []string) {
	t.Helper()
	var idx xIndex
	getXML(t, h, "/sitemap.xml", &idx)
	var set xURLSet
	getXML(t, h, "/sitemap-pages.xml", &set)
	for _, s := range idx.Sitemaps {
		children = append(children, s.Loc)
	}
	pages = locs(set)
	slices.Sort(children)
	slices.Sort(pages)
	return children, pages
}

// The sitemap index and the pages sitemap are made from a summary of the
// archive that each change patches: after publishing into a new month and
// a new tag, withdrawing, moving and deleting stories, they list what a
// handler counting the archive afresh lists, and the archive was counted
// whole only once.
func TestSitemapSummaryFollowsChanges(t *testing.T) {
	e := newEvictSite(t)
	counts := &atomic.Int32{}
	h, err := public.New(public.Config{Store: countingStore{e.s.Store, counts}, Blobs: e.s.Blobs, BaseURL: baseURL,
		Logger: e.s.Logger(), Now: e.s.Now})
	if err != nil {
		t.Fatal(err)
	}
	e.s.Evict = func(ev warta.Event) { e.h.Evict(ev); h.Evict(ev) }
	check := func(step string) {
		t.Helper()
		fresh, err := public.New(public.Config{Store: e.s.Store, Blobs: e.s.Blobs, BaseURL: baseURL, Logger: e.s.Logger(), Now: e.s.Now})
		if err != nil {
			t.Fatal(err)
		}
		gotIdx, gotPages := sitemapEntries(t, h)
		wantIdx, wantPages := sitemapEntries(t, fresh)
		if !slices.Equal(gotIdx, wantIdx) {
			t.Errorf("%s: the index lists %q, counted afresh %q", step, gotIdx, wantIdx)
		}
		if !slices.Equal(gotPages, wantPages) {
			t.Errorf("%s: the pages sitemap lists %q, counted afresh %q", step, gotPages, wantPages)
		}
	}
	check("at first")
	ctx := context.Background()

	// Two months on, a story in a tag nobody used yet: a new month and a
	// new tag page.
	e.s.Clock.Advance(62 * 24 * time.Hour)
	tag, err := e.svc.CreateTag(ctx, e.u, "Kopi Gayo")
	if err != nil {
		t.Fatal(err)
	}
	title, body, sec := "Panen Kopi Gayo Melimpah", "<p>Petani di dataran tinggi memetik lebih awal.</p>", e.f.Ekonomi.ID
	fresh, err := e.svc.Create(ctx, e.u, editorial.Input{Title: &title, BodyHTML: &body, SectionID: &sec,
		TagIDs: &[]int64{tag.ID}, AuthorIDs: &[]int64{e.f.Sari.ID}}, warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	check("published into a new month and tag")
	if _, pages := sitemapEntries(t, h); !slices.Contains(pages, "/tag/"+tag.Slug) {
		t.Errorf("the pages sitemap misses the new tag: %q", pages)
	}

	// Moved to another section, then withdrawn: the month and the tag
	// are empty again.
	a := e.article(fresh.ID)
	to := e.f.Nasional.ID
	if _, err := e.svc.Save(ctx, e.u, a.ID, a.Version, editorial.Input{SectionID: &to}); err != nil {
		t.Fatal(err)
	}
	check("moved")
	a = e.article(fresh.ID)
	if _, err := e.svc.Withdraw(ctx, e.u, a.ID, a.Version, "Data panen belum dapat dipastikan."); err != nil {
		t.Fatal(err)
	}
	check("withdrawn")
	if idx, pages := sitemapEntries(t, h); slices.Contains(pages, "/tag/"+tag.Slug) || len(idx) == 0 {
		t.Errorf("the withdrawn story's tag is still listed, or nothing is: %q %q", idx, pages)
	}

	// A story trashed: its section, author and month are recounted.
	b := e.article(e.b.ID)
	if _, err := e.svc.Trash(ctx, e.u, b.ID); err != nil {
		t.Fatal(err)
	}
	check("trashed")

	// A tag renamed: its page moves.
	if _, err := e.svc.SaveTag(ctx, e.u, e.f.Banjir.ID, editorial.TagInput{Name: "Banjir Bandang", Slug: "banjir-bandang"}); err != nil {
		t.Fatal(err)
	}
	check("tag renamed")
	if n := counts.Load(); n != 2 {
		t.Errorf("the archive was counted whole %d times, want 2 (months and lists, once)", n)
	}
}
