package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/store/searchbench"
)

// BenchmarkNewsroomList100k times the newsroom's article list as the page
// runs it — a page of 50, then the counts per status for the tabs, which
// give the total — over 100,000 articles in every status, each with its row in
// the newsroom's search index, on the dense 200-word vocabulary (every
// query word is in most articles: the worst case for a search).
//
//	go test -run '^$' -bench NewsroomList100k -benchtime 200x ./internal/store/sqlite/
func BenchmarkNewsroomList100k(b *testing.B) {
	s, done := openBench(b)
	b.Cleanup(func() {
		if err := done(); err != nil {
			b.Error(err)
		}
	})
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 5))
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = searchbench.DenseWords[r.IntN(len(searchbench.DenseWords))]
		}
		return strings.Join(w, " ")
	}
	if err := s.Exec(ctx, `INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional')`); err != nil {
		b.Fatal(err)
	}
	statuses := []string{"published", "published", "published", "draft", "review", "unpublished", "trashed"}
	quote := func(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).UnixMilli()
	const n, batch = 100_000, 1000
	for start := 0; start < n; start += batch {
		var arts, idx strings.Builder
		arts.WriteString(`INSERT INTO articles (slug, title, dek, label, section_id, status, published_at, created_at, modified_at, trashed_at) VALUES `)
		idx.WriteString(`INSERT INTO article_desk_search (rowid, title, text) VALUES `)
		for i := start; i < start+batch; i++ {
			title, dek, body := words(8), words(20), words(150)
			at := now - int64(r.IntN(3*365))*86400000
			status := statuses[r.IntN(len(statuses))]
			trashed := "NULL"
			if status == "trashed" {
				trashed = fmt.Sprint(at)
			}
			if i > start {
				arts.WriteString(",")
				idx.WriteString(",")
			}
			fmt.Fprintf(&arts, "('a-%d', %s, %s, 'berita', 1, '%s', %d, %d, %d, %s)", i, quote(title), quote(dek), status, at, at, at, trashed)
			// The vocabulary is lower-case words the analyser keeps as
			// they are, so the text goes in as written: filling is quicker.
			fmt.Fprintf(&idx, "(%d, %s, %s)", i+1, quote(strings.Join(search.Exact(title), " ")), quote(title+" "+dek+" "+body))
		}
		if err := s.Exec(ctx, arts.String()); err != nil {
			b.Fatal(err)
		}
		if err := s.Exec(ctx, idx.String()); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Exec(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	draft := warta.StatusDraft
	filters := []warta.ArticleFilter{
		{Query: "banjir"}, {Query: "harga beras"}, {Query: "korupsi gubernur jakarta"}, {Query: "ban"}, {Query: "satelit", Status: &draft},
		{}, {Status: &draft}, {Offset: 50 * 99}, {Order: warta.OrderTitle}, {Query: "gempa", Order: warta.OrderNewest},
	}
	var lat []time.Duration
	per := make([]time.Duration, len(filters))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := filters[i%len(filters)]
		if f.Status == nil {
			f.ExcludeStatuses = []warta.Status{warta.StatusTrashed}
		}
		f.Limit, f.NoTotal = 50, true // the page's total comes from the counts
		st := time.Now()
		err := s.View(ctx, func(tx warta.ReadTx) error {
			if _, _, err := tx.FindArticles(ctx, f); err != nil {
				return err
			}
			_, err := tx.CountArticlesByStatus(ctx, f)
			return err
		})
		lat = append(lat, time.Since(st))
		per[i%len(filters)] += time.Since(st)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if testing.Verbose() {
		for i, d := range per {
			b.Logf("filter %d: %v", i, d/time.Duration(max(1, b.N/len(filters))))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
}
