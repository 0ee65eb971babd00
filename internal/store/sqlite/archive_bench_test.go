package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/store/sqlite"
)

// fillArchive writes n published articles over three years straight into
// the tables, each with its own photo (six variants), an author and two
// of 2,000 tags: the shape of a real archive for the sitemap queries.
func fillArchive(b *testing.B, s *sqlite.Store, n int) {
	b.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 5))
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).UnixMilli()
	stmts := []string{`INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional'), ('ekonomi', 'Ekonomi')`,
		`INSERT INTO people (slug, name) VALUES ('rina', 'Rina'), ('budi', 'Budi')`}
	var tags strings.Builder
	tags.WriteString(`INSERT INTO tags (slug, name) VALUES `)
	for i := range 2000 {
		if i > 0 {
			tags.WriteString(",")
		}
		fmt.Fprintf(&tags, "('tag-%d', 'Tag %d')", i, i)
	}
	stmts = append(stmts, tags.String())
	for _, q := range stmts {
		if err := s.Exec(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	const batch = 2000
	for start := 0; start < n; start += batch {
		var media, arts, authors, articleTags strings.Builder
		media.WriteString(`INSERT INTO media (id, key, mime_type, width, height, variants, created_at) VALUES `)
		arts.WriteString(`INSERT INTO articles (id, slug, title, label, section_id, featured_media_id, status, published_at, updated_at, created_at, modified_at) VALUES `)
		authors.WriteString(`INSERT INTO article_authors (article_id, person_id, position) VALUES `)
		articleTags.WriteString(`INSERT INTO article_tags (article_id, tag_id, position) VALUES `)
		for i := start; i < min(start+batch, n); i++ {
			id := i + 1
			at := now - r.Int64N(3*365*86400000)
			sep := ","
			if i == start {
				sep = ""
			}
			var variants []string
			for _, w := range []int{320, 640, 960} {
				for _, ext := range []string{"jpg", "webp"} {
					variants = append(variants, fmt.Sprintf(`{"Key":"m/%064x/%d.%s","MimeType":"image/%s","Width":%d,"Height":%d}`,
						id, w, ext, map[string]string{"jpg": "jpeg", "webp": "webp"}[ext], w, w*9/16))
				}
			}
			fmt.Fprintf(&media, "%s(%d, 'm/%064x/960.jpg', 'image/jpeg', 960, 540, '[%s]', %d)", sep, id, id, strings.Join(variants, ","), at)
			updated := "NULL"
			if r.IntN(4) == 0 {
				updated = fmt.Sprint(at + 3600000)
			}
			fmt.Fprintf(&arts, "%s(%d, 'berita-nomor-%d', 'Berita nomor %d', 'berita', %d, %d, 'published', %d, %s, %d, %d)",
				sep, id, id, id, 1+r.IntN(2), id, at, updated, at, at)
			fmt.Fprintf(&authors, "%s(%d, %d, 0)", sep, id, 1+r.IntN(2))
			t1 := r.IntN(1000)
			fmt.Fprintf(&articleTags, "%s(%d, %d, 0), (%d, %d, 1)", sep, id, 1+t1, id, 1001+r.IntN(1000))
		}
		for _, q := range []string{media.String(), arts.String(), authors.String(), articleTags.String()} {
			if err := s.Exec(ctx, q); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkArchive100k measures the sitemap queries over 100,000 articles:
// the month counts of the index, the list counts of the pages sitemap, a
// month's links (about 2,800) and the 50,000 links of the largest part.
//
//	go test -run '^$' -bench Archive100k ./internal/store/sqlite/
func BenchmarkArchive100k(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "warta.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fillArchive(b, s, 100_000)
	jakarta := time.FixedZone("WIB", 7*3600)
	published := warta.StatusPublished
	from := time.Date(2026, 10, 1, 0, 0, 0, 0, jakarta)
	before := from.AddDate(0, 1, 0)
	cases := []struct {
		name string
		fn   func(tx warta.ReadTx) (int, error)
	}{
		{"months", func(tx warta.ReadTx) (int, error) {
			m, err := tx.CountPublishedByMonth(ctx, jakarta)
			return len(m), err
		}},
		{"lists", func(tx warta.ReadTx) (int, error) {
			l, err := tx.CountPublishedByList(ctx)
			return len(l), err
		}},
		{"month-links", func(tx warta.ReadTx) (int, error) {
			l, err := tx.FindArticleLinks(ctx, warta.ArticleFilter{Status: &published, PublishedFrom: &from, PublishedBefore: &before, Order: warta.OrderOldest})
			return len(l), err
		}},
		{"links-50k", func(tx warta.ReadTx) (int, error) {
			l, err := tx.FindArticleLinks(ctx, warta.ArticleFilter{Status: &published, Order: warta.OrderOldest, Limit: 50_000})
			return len(l), err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				if err := s.View(ctx, func(tx warta.ReadTx) error {
					var err error
					n, err = c.fn(tx)
					return err
				}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "rows")
		})
	}
}
