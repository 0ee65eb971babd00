package sqlite_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"warta"
	"warta/internal/store/sqlite"
)

// BenchmarkMostRead times the newsroom dashboard's readership queries on
// archives of 1,000 and 100,000 stories in seven sections with the same
// reads: 300 stories read in each of the last 192 hours (what pruning
// keeps), 57,600 hourly rows. "unpruned" keeps 90 days of hourly rows
// (648,000) to show that rows outside the window cost nothing.
//
//	go test -run '^$' -bench MostRead -benchtime 20x ./internal/store/sqlite/
func BenchmarkMostRead(b *testing.B) {
	now := time.Date(2026, 11, 27, 10, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		articles int
		hours    int
	}{{"1k", 1000, 192}, {"100k", 100_000, 192}, {"100k-unpruned", 100_000, 90 * 24}} {
		b.Run(tc.name, func(b *testing.B) {
			s, done := openBench(b)
			b.Cleanup(func() {
				if err := done(); err != nil {
					b.Error(err)
				}
			})
			fillReads(b, s, now, tc.articles, tc.hours)
			ctx := context.Background()
			day, week := warta.ViewsSince(now, 24*time.Hour), warta.ViewsSince(now, 7*24*time.Hour)
			ids := make([]int64, 50)
			for i := range ids {
				ids[i] = int64(tc.articles - i)
			}
			for _, q := range []struct {
				name string
				fn   func(tx warta.ReadTx) (int, error)
			}{
				{"most-read-24h", func(tx warta.ReadTx) (int, error) {
					l, err := tx.MostReadArticles(ctx, day, 5)
					return len(l), err
				}},
				{"most-read-7d", func(tx warta.ReadTx) (int, error) {
					l, err := tx.MostReadArticles(ctx, week, 5)
					return len(l), err
				}},
				{"sections-7d", func(tx warta.ReadTx) (int, error) {
					l, err := tx.SectionViews(ctx, week)
					return len(l), err
				}},
				{"list-counts-7d", func(tx warta.ReadTx) (int, error) {
					m, err := tx.ArticleViewCounts(ctx, ids, week)
					return len(m), err
				}},
			} {
				b.Run(q.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if err := s.View(ctx, func(tx warta.ReadTx) error {
							n, err := q.fn(tx)
							if err == nil && n == 0 {
								err = fmt.Errorf("%s: nothing found", q.name)
							}
							return err
						}); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

// fillReads writes n published stories and, for each of the given hours
// before now, 300 of them read 1–50 times.
func fillReads(b *testing.B, s *sqlite.Store, now time.Time, n, hours int) {
	b.Helper()
	ctx := context.Background()
	at := now.UnixMilli()
	hour := now.Truncate(time.Hour).UnixMilli()
	for _, q := range []string{
		`INSERT INTO sections (slug, name, position) VALUES ('nasional', 'Nasional', 1), ('ekonomi', 'Ekonomi', 2),
			('olahraga', 'Olahraga', 3), ('teknologi', 'Teknologi', 4), ('internasional', 'Internasional', 5),
			('gaya-hidup', 'Gaya Hidup', 6), ('opini', 'Opini', 7)`,
		fmt.Sprintf(`WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %d)
			INSERT INTO articles (id, slug, title, label, section_id, status, published_at, created_at, modified_at)
			SELECT i, 'cerita-' || i, 'Cerita ' || i, 'berita', 1 + i %% 7, 'published', %d - i * 60000, %d, %d FROM seq`, n, at, at, at),
		fmt.Sprintf(`WITH RECURSIVE h(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM h WHERE i < %d),
			k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 299)
			INSERT INTO article_views_hourly (article_id, hour, views)
			SELECT 1 + (i * 37 + j * 331) %% %d, %d - i * 3600000, 1 + (j * 7) %% 50 FROM h, k`, hours-1, n, hour),
	} {
		if err := s.Exec(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}
