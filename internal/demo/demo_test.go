package demo_test

import (
	"context"
	"image/jpeg"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/demo"
	"warta/internal/media/disk"
	"warta/internal/store/sqlite"
)

// now is a fixed clock for the demo content: a Monday morning in Jakarta.
var now = time.Date(2026, 3, 9, 2, 30, 0, 0, time.UTC)

func mustOpen(tb testing.TB) (*sqlite.Store, *disk.Blobs) {
	tb.Helper()
	dir := tb.TempDir()
	s, err := sqlite.Open(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	blobs, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		tb.Fatal(err)
	}
	return s, blobs
}

func mustFill(tb testing.TB, s warta.Store, blobs *disk.Blobs) {
	tb.Helper()
	start := time.Now()
	filled, err := demo.Fill(context.Background(), s, blobs, now)
	if err != nil {
		tb.Fatal(err)
	}
	if !filled {
		tb.Fatal("Fill on an empty store returned false")
	}
	tb.Logf("Fill took %v", time.Since(start))
}

// published returns every published article, oldest first, each loaded
// with its tags, related articles and corrections.
func published(tb testing.TB, s warta.Store) []*warta.Article {
	tb.Helper()
	ctx := context.Background()
	var out []*warta.Article
	err := s.View(ctx, func(tx warta.ReadTx) error {
		st := warta.StatusPublished
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &st, Order: warta.OrderOldest, Limit: 10000})
		if err != nil {
			return err
		}
		for _, a := range list {
			full, err := tx.FindArticleByID(ctx, a.ID)
			if err != nil {
				return err
			}
			out = append(out, full)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestFill(t *testing.T) {
	ctx := context.Background()
	s, blobs := mustOpen(t)
	mustFill(t, s, blobs)

	articles := published(t, s)
	if len(articles) < 300 {
		t.Fatalf("%d published articles, want at least 300", len(articles))
	}
	labels := map[warta.Label]int{}
	breaking, corrected := 0, 0
	for i, a := range articles {
		labels[a.Label]++
		name := a.Slug
		switch {
		case a.FeaturedMedia == nil || a.FeaturedMedia.Caption == "" || a.FeaturedMedia.Credit == "" || a.FeaturedMedia.Alt == "":
			t.Errorf("%s: featured image without caption, credit or alt: %+v", name, a.FeaturedMedia)
		case !a.FeaturedMedia.Servable() || len(a.FeaturedMedia.Variants) == 0 || a.FeaturedMedia.Hash == "" || !strings.HasPrefix(a.FeaturedMedia.OriginalKey, "originals/"):
			t.Errorf("%s: featured image did not go through the upload pipeline: %+v", name, a.FeaturedMedia)
		case len(a.Authors) == 0 || len(a.Authors) > 3:
			t.Errorf("%s: %d authors", name, len(a.Authors))
		case len(a.Tags) < 2 || len(a.Tags) > 4:
			t.Errorf("%s: %d tags", name, len(a.Tags))
		case a.Dek == "" || !strings.HasPrefix(a.Dateline, "Warta Nusantara, "):
			t.Errorf("%s: dek %q, dateline %q", name, a.Dek, a.Dateline)
		case !strings.Contains(a.BodyHTML, "<h2>") || !strings.Contains(a.BodyHTML, "<blockquote>"):
			t.Errorf("%s: body lacks a sub-heading or a quote", name)
		case len(a.Related) == 0 || len(a.Related) > 3:
			t.Errorf("%s: %d related articles", name, len(a.Related))
		case a.WordCount < 200 || a.WordCount > 1500:
			t.Errorf("%s: %d words", name, a.WordCount)
		case a.Section == nil:
			t.Errorf("%s: no section", name)
		case (a.Label == warta.LabelOpini) != (a.Section.Slug == "opini"):
			t.Errorf("%s: label %s in section %s", name, a.Label, a.Section.Slug)
		case !a.PublishedAt.Before(now) || a.PublishedAt.Before(now.Add(-30*24*time.Hour)):
			t.Errorf("%s: published at %v, outside the 30 days before %v", name, a.PublishedAt, now)
		case i > 0 && (a.ID <= articles[i-1].ID || a.PublishedAt.Before(articles[i-1].PublishedAt)):
			t.Errorf("%s: IDs do not follow publication order", name)
		}
		for _, r := range a.Related {
			if r.ID == a.ID || !r.IsPublic() {
				t.Errorf("%s: bad related article %d", name, r.ID)
			}
		}
		if a.Breaking {
			breaking++
			if now.Sub(a.PublishedAt) > 6*time.Hour {
				t.Errorf("%s: breaking but published %v ago", name, now.Sub(a.PublishedAt))
			}
		}
		if len(a.Corrections) > 0 {
			corrected++
			if !a.WasUpdated() {
				t.Errorf("%s: corrected but not shown as updated", name)
			}
		}
	}
	for _, l := range warta.Labels {
		if labels[l] == 0 {
			t.Errorf("no %s articles; labels %v", l, labels)
		}
	}
	if breaking < 2 || breaking > 3 {
		t.Errorf("%d breaking articles, want 2 or 3", breaking)
	}
	if corrected < 5 {
		t.Errorf("%d corrected articles", corrected)
	}
	if recent := articles[len(articles)-1]; now.Sub(recent.PublishedAt) > time.Hour {
		t.Errorf("newest article is %v old", now.Sub(recent.PublishedAt))
	}

	err := s.View(ctx, func(tx warta.ReadTx) error {
		total, err := tx.CountArticles(ctx)
		if err != nil {
			return err
		}
		if total != len(articles)+7 {
			t.Errorf("%d articles in all, want %d published plus 7 in the newsroom", total, len(articles))
		}
		for st, want := range map[warta.Status]int{warta.StatusDraft: 3, warta.StatusReview: 2, warta.StatusScheduled: 2} {
			list, n, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &st, Limit: 10})
			if err != nil {
				return err
			}
			if n != want {
				t.Errorf("%d %s articles, want %d", n, st, want)
			}
			for _, a := range list {
				if st == warta.StatusScheduled && !a.PublishAt.After(now) {
					t.Errorf("scheduled %s at %v, not after now", a.Slug, a.PublishAt)
				}
			}
		}

		sections, err := tx.FindSections(ctx)
		if err != nil {
			return err
		}
		if len(sections) < 7 {
			t.Errorf("%d sections", len(sections))
		}
		for _, sec := range sections {
			if sec.Description == "" || sec.Slug != strings.ToLower(sec.Slug) {
				t.Errorf("section %+v", sec)
			}
		}

		people, err := tx.FindPeople(ctx)
		if err != nil {
			return err
		}
		if len(people) < 6 {
			t.Errorf("%d people", len(people))
		}
		for _, p := range people {
			full, err := tx.FindPersonBySlug(ctx, p.Slug)
			if err != nil {
				return err
			}
			switch ph := full.Photo; {
			case ph == nil:
				t.Errorf("%s has no photo", p.Slug)
			case ph.MimeType != "image/jpeg" || ph.Width != 320 || ph.Height != 320 || ph.Alt != "Ilustrasi potret "+p.Name:
				t.Errorf("%s photo %+v", p.Slug, ph)
			default:
				checkJPEG(t, blobs, ph)
			}
			if full.Bio == "" || full.Title == "" || len(full.Links) == 0 {
				t.Errorf("person %+v", full)
			}
		}

		tags, err := tx.FindTags(ctx, nil)
		if err != nil {
			return err
		}
		if len(tags) < 30 || len(tags) > 40 {
			t.Errorf("%d tags", len(tags))
		}

		set, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		var networks []string
		for _, l := range set.Social {
			networks = append(networks, l.Network)
		}
		for _, n := range []string{"facebook", "x", "instagram", "youtube", "tiktok"} {
			if !slices.Contains(networks, n) {
				t.Errorf("no %s link in %v", n, set.Social)
			}
		}
		if set.SiteName == "" || set.Language != "id" || set.TimeZone != "Asia/Jakarta" {
			t.Errorf("settings %+v", set)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkJPEG(t, blobs, articles[0].FeaturedMedia)

	// A second Fill, as after a restart with --demo, changes nothing.
	filled, err := demo.Fill(ctx, s, blobs, now.Add(time.Hour))
	if err != nil || filled {
		t.Fatalf("second Fill = %v, %v; want false, nil", filled, err)
	}
	if again := published(t, s); len(again) != len(articles) {
		t.Errorf("second Fill changed the article count from %d to %d", len(articles), len(again))
	}
}

func checkJPEG(t *testing.T, blobs *disk.Blobs, m *warta.Media) {
	t.Helper()
	f, err := blobs.Open(context.Background(), m.Key)
	if err != nil {
		t.Errorf("open %s: %v", m.Key, err)
		return
	}
	defer f.Close()
	cfg, err := jpeg.DecodeConfig(f)
	if err != nil || cfg.Width != m.Width || cfg.Height != m.Height {
		t.Errorf("%s: %v, %dx%d, want %dx%d", m.Key, err, cfg.Width, cfg.Height, m.Width, m.Height)
	}
}

func TestFillIsDeterministic(t *testing.T) {
	titles := func() []string {
		s, blobs := mustOpen(t)
		mustFill(t, s, blobs)
		var out []string
		for _, a := range published(t, s) {
			out = append(out, a.Title+" | "+a.PublishedAt.String())
		}
		return out
	}
	first, second := titles(), titles()
	if !slices.Equal(first, second) {
		t.Fatal("two fills with the same clock gave different articles")
	}
}
