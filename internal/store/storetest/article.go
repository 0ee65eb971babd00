package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

func testArticleRoundTrip(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("harga-beras-naik", base)
	a.AuthorIDs = []int64{f.budi.ID, f.rina.ID}
	a.TagIDs = []int64{f.pajak.ID, f.pemilu.ID}
	a.Breaking = true
	a.UpdatedAt = base.Add(2 * time.Hour)
	mustCreate(t, s, a)
	if a.ID == 0 || a.Version != 1 || a.CreatedAt.IsZero() {
		t.Fatalf("create did not set ID/Version/CreatedAt: %+v", a)
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		for _, find := range []func() (*warta.Article, error){
			func() (*warta.Article, error) { return tx.FindArticleByID(ctx(), a.ID) },
			func() (*warta.Article, error) { return tx.FindArticleBySlug(ctx(), "harga-beras-naik") },
		} {
			got, err := find()
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != a.Title || got.Dek != a.Dek || got.Dateline != a.Dateline || got.BodyHTML != a.BodyHTML ||
				got.Label != a.Label || !got.Breaking || got.Status != warta.StatusPublished || got.WordCount != 2 {
				t.Errorf("fields differ: %+v", got)
			}
			if !got.PublishedAt.Equal(base) || !got.UpdatedAt.Equal(a.UpdatedAt) || !got.PublishAt.IsZero() {
				t.Errorf("times differ: published %v updated %v publishAt %v", got.PublishedAt, got.UpdatedAt, got.PublishAt)
			}
			if got.Section == nil || got.Section.Slug != "nasional" {
				t.Errorf("section not loaded: %+v", got.Section)
			}
			if len(got.Authors) != 2 || got.Authors[0].Slug != "budi-santoso" || got.Authors[1].Slug != "rina-wijaya" {
				t.Errorf("authors not in order: %+v", got.Authors)
			}
			if got.Authors[1].Photo == nil || got.Authors[1].Photo.Credit != "Warta/Rina" || len(got.Authors[1].Links) != 1 {
				t.Errorf("author photo/links not loaded: %+v", got.Authors[1])
			}
			if len(got.Tags) != 2 || got.Tags[0].Slug != "pajak" {
				t.Errorf("tags not in order: %+v", got.Tags)
			}
			if got.FeaturedMedia == nil || got.FeaturedMedia.Caption != "Suasana pasar" || got.FeaturedMedia.Width != 1200 {
				t.Errorf("featured media not loaded: %+v", got.FeaturedMedia)
			}
		}
		return nil
	})
}

func testArticleNotFound(t *testing.T, s warta.Store) {
	mustView(t, s, func(tx warta.ReadTx) error {
		_, err := tx.FindArticleByID(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindArticleBySlug(ctx(), "tidak-ada")
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindSectionBySlug(ctx(), "tidak-ada")
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindTagBySlug(ctx(), "tidak-ada")
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindPersonBySlug(ctx(), "tidak-ada")
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindMediaByID(ctx(), 5)
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindRedirect(ctx(), "/lama")
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
}

func testArticleInvalid(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	cases := []struct {
		name   string
		mutate func(*warta.Article)
		code   string
	}{
		{"no title", func(a *warta.Article) { a.Title = " " }, warta.EINVALID},
		{"bad slug", func(a *warta.Article) { a.Slug = "Bad Slug" }, warta.EINVALID},
		{"bad label", func(a *warta.Article) { a.Label = "iklan" }, warta.EINVALID},
		{"bad status", func(a *warta.Article) { a.Status = "live" }, warta.EINVALID},
		{"no section", func(a *warta.Article) { a.SectionID = 0 }, warta.EINVALID},
		{"unknown section", func(a *warta.Article) { a.SectionID = 9999 }, warta.EINVALID},
		{"unknown author", func(a *warta.Article) { a.AuthorIDs = []int64{9999} }, warta.EINVALID},
		{"scheduled without time", func(a *warta.Article) { a.Status = warta.StatusScheduled }, warta.EINVALID},
		{"huge body", func(a *warta.Article) { a.BodyHTML = strings.Repeat("x", warta.MaxBodyBytes+1) }, warta.ETOOLARGE},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := f.article("sah", base)
			tc.mutate(a)
			err := s.Update(ctx(), func(tx warta.Tx) error { return tx.CreateArticle(ctx(), a) })
			wantCode(t, err, tc.code)
			if n := count(t, s); n != 0 {
				t.Fatalf("%d articles stored after a rejected create", n)
			}
		})
	}
}

func testSlugConflict(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	mustCreate(t, s, f.article("sama", base))
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.CreateArticle(ctx(), f.article("sama", base)) })
	wantCode(t, err, warta.ECONFLICT)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateSection(ctx(), &warta.Section{Slug: "nasional", Name: "Lagi"})
	})
	wantCode(t, err, warta.ECONFLICT)
	if n := count(t, s); n != 1 {
		t.Fatalf("count = %d, want 1", n)
	}
}

func testFindArticlesFilters(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a1 := f.article("satu", base.Add(-48*time.Hour))
	a2 := f.article("dua", base.Add(-24*time.Hour))
	a2.SectionID, a2.TagIDs, a2.AuthorIDs = f.ekonomi.ID, []int64{f.pajak.ID}, []int64{f.budi.ID}
	a3 := f.article("tiga", base)
	a3.Breaking = true
	draft := f.article("draf", time.Time{})
	draft.Status = warta.StatusDraft
	mustCreate(t, s, a1, a2, a3, draft)

	published := warta.StatusPublished
	yes := true
	from, before := base.Add(-30*time.Hour), base.Add(-time.Hour)
	cases := []struct {
		name string
		f    warta.ArticleFilter
		want []string
	}{
		{"all newest first", warta.ArticleFilter{Status: &published}, []string{"tiga", "dua", "satu"}},
		{"oldest first", warta.ArticleFilter{Status: &published, Order: warta.OrderOldest}, []string{"satu", "dua", "tiga"}},
		{"last modified first", warta.ArticleFilter{Order: warta.OrderModified}, []string{"draf", "tiga", "dua", "satu"}},
		{"section", warta.ArticleFilter{Status: &published, SectionID: &f.ekonomi.ID}, []string{"dua"}},
		{"tag", warta.ArticleFilter{TagID: &f.pemilu.ID, Status: &published}, []string{"tiga", "satu"}},
		{"author", warta.ArticleFilter{AuthorID: &f.budi.ID}, []string{"dua"}},
		{"breaking", warta.ArticleFilter{Breaking: &yes}, []string{"tiga"}},
		{"date range", warta.ArticleFilter{PublishedFrom: &from, PublishedBefore: &before}, []string{"dua"}},
		{"exclude", warta.ArticleFilter{Status: &published, ExcludeIDs: []int64{a3.ID}}, []string{"dua", "satu"}},
		{"ids", warta.ArticleFilter{IDs: []int64{a1.ID, draft.ID}, Status: &published}, []string{"satu"}},
		{"any status", warta.ArticleFilter{}, []string{"tiga", "dua", "satu", "draf"}},
		{"per section", warta.ArticleFilter{Status: &published, SectionIDs: []int64{f.nasional.ID, f.ekonomi.ID}, PerSection: 1},
			[]string{"tiga", "dua"}},
		{"per section excluding", warta.ArticleFilter{Status: &published, SectionIDs: []int64{f.nasional.ID}, PerSection: 5,
			ExcludeIDs: []int64{a3.ID}}, []string{"satu"}},
		{"per section, no sections", warta.ArticleFilter{PerSection: 2}, nil},
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
					t.Errorf("total = %d, want %d", total, len(tc.want))
				}
				for _, a := range list {
					if a.Section == nil || len(a.Authors) == 0 || a.FeaturedMedia == nil {
						t.Errorf("%s: list relations not loaded", a.Slug)
					}
				}
				return nil
			})
		})
	}
}

func testFindArticlesPaging(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	var list []*warta.Article
	for i := 0; i < 7; i++ {
		list = append(list, f.article("berita-"+string(rune('a'+i)), base.Add(time.Duration(i)*time.Hour)))
	}
	mustCreate(t, s, list...)
	cases := []struct {
		offset, limit, wantLen, wantTotal int
	}{{0, 3, 3, 7}, {3, 3, 3, 7}, {6, 3, 1, 7}, {9, 3, 0, 7}, {0, 10, 7, 7}}
	mustView(t, s, func(tx warta.ReadTx) error {
		got, total, err := tx.FindArticles(ctx(), warta.ArticleFilter{Limit: 3, NoTotal: true})
		if err != nil {
			return err
		}
		if len(got) != 3 || total != 3 {
			t.Errorf("NoTotal: len %d total %d, want 3 3", len(got), total)
		}
		return nil
	})
	for _, tc := range cases {
		mustView(t, s, func(tx warta.ReadTx) error {
			got, total, err := tx.FindArticles(ctx(), warta.ArticleFilter{Offset: tc.offset, Limit: tc.limit})
			if err != nil {
				return err
			}
			if len(got) != tc.wantLen || total != tc.wantTotal {
				t.Errorf("offset %d limit %d: len %d total %d, want %d %d", tc.offset, tc.limit, len(got), total, tc.wantLen, tc.wantTotal)
			}
			if len(got) > 0 && got[0].BodyHTML != "" {
				t.Errorf("list loaded bodies")
			}
			return nil
		})
	}
}

func testUpdateArticleVersion(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("asal", base)
	mustCreate(t, s, a)
	title := "Judul baru"
	tags := []int64{f.pajak.ID}
	var updated *warta.Article
	mustUpdate(t, s, func(tx warta.Tx) error {
		var err error
		updated, err = tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, Title: &title, TagIDs: &tags})
		return err
	})
	if updated.Version != 2 || updated.Title != title || len(updated.Tags) != 1 || updated.Tags[0].Slug != "pajak" {
		t.Fatalf("update not applied: %+v", updated)
	}
	if len(updated.Authors) != 1 {
		t.Fatalf("authors lost by an update that did not name them: %+v", updated.Authors)
	}
	stale := "Judul basi"
	err := s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, Title: &stale})
		return err
	})
	wantCode(t, err, warta.ECONFLICT)
	bad := ""
	err = s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 2, Title: &bad})
		return err
	})
	wantCode(t, err, warta.EINVALID)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), 12345, warta.ArticleUpdate{Version: 1, Title: &title})
		return err
	})
	wantCode(t, err, warta.ENOTFOUND)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), a.ID)
		if err != nil {
			return err
		}
		if got.Title != title || got.Version != 2 {
			t.Errorf("rejected updates changed the article: %q v%d", got.Title, got.Version)
		}
		return nil
	})
}

func testRelatedOnlyPublished(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	r1 := f.article("terkait-satu", base.Add(-time.Hour))
	r2 := f.article("terkait-draf", time.Time{})
	r2.Status = warta.StatusDraft
	r3 := f.article("terkait-dua", base.Add(-2*time.Hour))
	mustCreate(t, s, r1, r2, r3)
	a := f.article("utama", base)
	a.RelatedIDs = []int64{r3.ID, r2.ID, r1.ID}
	mustCreate(t, s, a)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(got.RelatedIDs) != 3 {
			t.Errorf("related IDs = %v", got.RelatedIDs)
		}
		if s := slugs(got.Related); strings.Join(s, ",") != "terkait-dua,terkait-satu" {
			t.Errorf("related = %v, want the published ones in editor order", s)
		}
		return nil
	})
}

func testCorrections(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("dikoreksi", base)
	mustCreate(t, s, a)
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.AddCorrection(ctx(), &warta.Correction{ArticleID: a.ID, Kind: warta.CorrectionFix, Note: "Nama menteri diperbaiki.", CreatedAt: base}); err != nil {
			return err
		}
		return tx.AddCorrection(ctx(), &warta.Correction{ArticleID: a.ID, Kind: warta.CorrectionUpdate, Note: "Ditambah tanggapan.", CreatedAt: base.Add(time.Hour)})
	})
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.AddCorrection(ctx(), &warta.Correction{ArticleID: 999, Kind: warta.CorrectionFix, Note: "x"})
	})
	wantCode(t, err, warta.ENOTFOUND)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.AddCorrection(ctx(), &warta.Correction{ArticleID: a.ID, Kind: warta.CorrectionFix, Note: "  "})
	})
	wantCode(t, err, warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(got.Corrections) != 2 || got.Corrections[1].Kind != warta.CorrectionUpdate {
			t.Errorf("corrections = %+v", got.Corrections)
		}
		return nil
	})
}

func testTrending(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	old := f.article("lama", base.Add(-10*24*time.Hour))
	a := f.article("a", base.Add(-3*time.Hour))
	b := f.article("b", base.Add(-2*time.Hour))
	c := f.article("c", base.Add(-1*time.Hour))
	mustCreate(t, s, old, a, b, c)
	since := base.Add(-24 * time.Hour)
	trending := func() []string {
		var got []string
		mustView(t, s, func(tx warta.ReadTx) error {
			list, err := tx.TrendingArticles(ctx(), since, 3)
			got = slugs(list)
			return err
		})
		return got
	}
	if got := strings.Join(trending(), ","); got != "c,b,a" {
		t.Fatalf("without views trending = %s, want most recent first", got)
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.RecordViews(ctx(), a.ID, base, 5); err != nil {
			return err
		}
		if err := tx.RecordViews(ctx(), a.ID, base, 5); err != nil {
			return err
		}
		if err := tx.RecordViews(ctx(), old.ID, base, 100); err != nil {
			return err
		}
		return tx.RecordViews(ctx(), b.ID, base, 3)
	})
	if got := strings.Join(trending(), ","); got != "a,b,c" {
		t.Fatalf("with views trending = %s, want a,b,c (old articles excluded)", got)
	}
}

func slugs(list []*warta.Article) []string {
	var out []string
	for _, a := range list {
		out = append(out, a.Slug)
	}
	return out
}
