package demo_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"warta"
	"warta/internal/demo"
)

// Scale writes exactly the stories asked for, all published in order
// over several days up to now, with unique slugs, photos from one shared
// pool, related stories and search rows; and refuses a second run.
func TestScaleFillsAnEmptyStore(t *testing.T) {
	s, blobs := mustOpen(t)
	ctx := context.Background()
	const n = 130 // more than the decks hold, so angles are dealt again
	var seen []int
	err := demo.Scale(ctx, s, blobs, demo.ScaleOptions{Articles: n, Now: now, Progress: func(d int) { seen = append(seen, d) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 2 || seen[0] != 0 || seen[len(seen)-1] != n {
		t.Errorf("progress reports %v, want 0 first and %d last", seen, n)
	}
	list := published(t, s)
	if len(list) != n {
		t.Fatalf("%d published articles, want %d", len(list), n)
	}
	slugs, photos, related := map[string]bool{}, map[int64]int{}, 0
	for i, a := range list {
		if slugs[a.Slug] {
			t.Errorf("slug %q twice", a.Slug)
		}
		slugs[a.Slug] = true
		if a.FeaturedMediaID == 0 {
			t.Errorf("%q has no photo", a.Slug)
		}
		photos[a.FeaturedMediaID]++
		related += len(a.Related)
		if a.PublishedAt.After(now) || (i > 0 && a.PublishedAt.Before(list[i-1].PublishedAt)) {
			t.Errorf("article %d published %v: out of order or in the future", i, a.PublishedAt)
		}
		if !a.ModifiedAt.Equal(a.PublishedAt) {
			t.Errorf("%q modified %v, published %v", a.Slug, a.ModifiedAt, a.PublishedAt)
		}
		if a.WordCount < 150 || len(a.AuthorIDs) == 0 || len(a.TagIDs) == 0 {
			t.Errorf("%q: %d words, %d authors, %d tags", a.Slug, a.WordCount, len(a.AuthorIDs), len(a.TagIDs))
		}
	}
	if first := list[0].PublishedAt; now.Sub(first) < 3*24*time.Hour {
		t.Errorf("oldest story %v: %d stories should span more than 3 days", first, n)
	}
	if len(photos) > 100 || len(photos) < 40 {
		t.Errorf("%d distinct featured photos, want a shared pool of a few dozen", len(photos))
	}
	if related == 0 {
		t.Error("no story links a related one")
	}
	// Every story but the first of each section has its similar list
	// kept: the section's stories just before it.
	kept := 0
	err = s.View(ctx, func(tx warta.ReadTx) error {
		for _, a := range list {
			similar, computed, err := tx.StoredSimilar(ctx, a.ID, warta.SimilarKept)
			if err != nil {
				return err
			}
			if !computed {
				t.Errorf("%q has no kept similar list", a.Slug)
			}
			for _, o := range similar {
				if o.ID == a.ID || slices.Contains(a.RelatedIDs, o.ID) || o.SectionID != a.SectionID {
					t.Errorf("%q: similar story %q is itself, an editor's pick or from another section", a.Slug, o.Slug)
				}
			}
			if len(similar) > 0 {
				kept++
			}
		}
		return nil
	})
	if err != nil || kept < n-20 {
		t.Errorf("%d of %d stories have similar stories kept (%v)", kept, n, err)
	}
	var hits int
	err = s.View(ctx, func(tx warta.ReadTx) error {
		_, total, err := tx.SearchArticles(ctx, warta.SearchFilter{Terms: [][]string{{"indonesia"}}, Any: true, Now: now, Limit: 5})
		hits = total
		return err
	})
	if err != nil || hits == 0 {
		t.Errorf("search for indonesia: %d hits, %v; the stories were not indexed", hits, err)
	}

	err = demo.Scale(ctx, s, blobs, demo.ScaleOptions{Articles: 5, Now: now})
	if e, ok := err.(*warta.Error); !ok || e.Key != "demo.not_empty" || e.Args[0] != n {
		t.Errorf("second Scale: %v, want demo.not_empty with %d", err, n)
	}
	if got := len(published(t, s)); got != n {
		t.Errorf("after the refusal %d articles, want %d", got, n)
	}
}

func TestScaleRefusesBadCounts(t *testing.T) {
	s, blobs := mustOpen(t)
	for _, n := range []int{0, -1, demo.MaxScaleArticles + 1} {
		err := demo.Scale(context.Background(), s, blobs, demo.ScaleOptions{Articles: n, Now: now})
		if e, ok := err.(*warta.Error); !ok || e.Key != "demo.bad_count" {
			t.Errorf("Scale(%d) = %v, want demo.bad_count", n, err)
		}
	}
}
