package searcheval_test

import (
	"context"
	"fmt"
	"html"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/search/searcheval"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
	"warta/internal/web"
)

// The stores' evaluation: the corpus published into a fresh database, each
// judged query run through the store's own search, and scored as TestEval
// scores its in-memory ranker. Two ways:
//
//   - ranked: every story holding any word of the query, ranked by the
//     store (SearchFilter.Any), which is what TestEval's ranker does. Each
//     database must beat TestEval's unstemmed baseline here.
//   - as /cari: the page's own search (web.Search), every word first and
//     any word only when that finds nothing. The judged queries are long
//     descriptions, and the story judged relevant often lacks one of their
//     words, so this scores well under both (see bench/RESULTS.md); it is
//     the product's choice, measured, not held to the baseline.
//
// Both ways the two databases must score within storeTolerance of each
// other. WARTA_EVAL_SHOW=1 logs where a store's ranking and the in-memory
// one disagree.

// storeTolerance is how far apart the two databases' mean nDCG@10 and
// recall@10 may be. Their engines count differently (FTS5's bm25 against
// ts_rank over the same terms and weights), so the order of equally good
// matches differs now and then; a bigger gap is a real difference in what
// they find or how they weigh the fields.
const storeTolerance = 0.02

// evalPublished is every corpus article's publication time, the same for
// all so that the recency boost ranks none above another.
var evalPublished = time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)

func TestStoreEval(t *testing.T) {
	docs, queries, judged := searcheval.Load(t)
	base := searcheval.Baseline(docs, queries, judged)
	t.Logf("unstemmed baseline (in-memory BM25F): nDCG@10 %.4f, recall@10 %.4f", base.NDCG, base.Recall)
	now := func() time.Time { return evalPublished.Add(time.Hour) }

	type run struct {
		name string
		mean searcheval.Scores
		page searcheval.Scores // as /cari runs it
		each []searcheval.Scores
		tops [][]int
	}
	var runs []run
	var analyse func() error
	evaluate := func(t *testing.T, name string, s warta.Store) {
		start := time.Now()
		slugs := publishCorpus(t, s, docs)
		if analyse != nil {
			if err := analyse(); err != nil {
				t.Fatal(err)
			}
		}
		loaded := time.Since(start)
		mean, each, tops, err := searcheval.Evaluate(queries, judged, func(q string) ([]int, error) {
			return searchStore(s, slugs, q, now(), false)
		})
		if err != nil {
			t.Fatal(err)
		}
		page, _, _, err := searcheval.Evaluate(queries, judged, func(q string) ([]int, error) {
			return searchStore(s, slugs, q, now(), true)
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d articles published in %v, %d queries run in %v", name, len(docs), loaded.Round(time.Millisecond),
			len(queries), (time.Since(start) - loaded).Round(time.Millisecond))
		t.Logf("%s: ranked, mean nDCG@10 %.4f, recall@10 %.4f", name, mean.NDCG, mean.Recall)
		t.Logf("%s: as /cari (every word first), mean nDCG@10 %.4f, recall@10 %.4f", name, page.NDCG, page.Recall)
		if !(mean.NDCG > base.NDCG) || !(mean.Recall > base.Recall) {
			t.Errorf("%s is not ahead of the unstemmed baseline: nDCG@10 %.4f vs %.4f, recall@10 %.4f vs %.4f",
				name, mean.NDCG, base.NDCG, mean.Recall, base.Recall)
		}
		runs = append(runs, run{name, mean, page, each, tops})
		if os.Getenv("WARTA_EVAL_SHOW") != "" {
			ix := searcheval.NewIndex(docs, search.Analyze)
			for i, q := range queries {
				mem := ix.Rank(searcheval.WartaGroups(q.Text), searcheval.Cutoff)
				if n := searcheval.NDCG(mem, judged[i], searcheval.Cutoff); math.Abs(n-each[i].NDCG) > 1e-9 {
					t.Logf("%-50s in memory %.3f %s, %s %.3f %s  %q", q.Text, n, marks(mem, judged[i]), name, each[i].NDCG, marks(tops[i], judged[i]), searcheval.WartaGroups(q.Text))
				}
			}
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		s, err := sqlite.OpenClock(context.Background(), filepath.Join(t.TempDir(), "warta.db"), now)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		evaluate(t, "SQLite", s)
	})
	t.Run("postgres", func(t *testing.T) {
		s, err := postgres.OpenClock(context.Background(), pgtest.Fresh(t), now)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		// After a bulk load autovacuum analyses the table within a
		// minute; the ranking reads the row estimate it leaves.
		analyse = func() error { return s.Exec(context.Background(), `ANALYZE article_search`) }
		evaluate(t, "PostgreSQL", s)
	})
	if len(runs) < 2 {
		return
	}
	a, b := runs[0], runs[1]
	var rows []string
	for i, q := range queries {
		if math.Abs(a.each[i].NDCG-b.each[i].NDCG) > 1e-9 || math.Abs(a.each[i].Recall-b.each[i].Recall) > 1e-9 {
			rows = append(rows, fmt.Sprintf("%-50s nDCG %.3f %.3f  recall %.2f %.2f  %s %s", q.Text,
				a.each[i].NDCG, b.each[i].NDCG, a.each[i].Recall, b.each[i].Recall, marks(a.tops[i], judged[i]), marks(b.tops[i], judged[i])))
		}
	}
	t.Logf("%d queries score differently (%s, then %s; R marks a relevant article in the top ten):\n%s",
		len(rows), a.name, b.name, strings.Join(rows, "\n"))
	if d := math.Abs(a.mean.NDCG - b.mean.NDCG); d > storeTolerance {
		t.Errorf("mean nDCG@10 differs by %.4f (%s %.4f, %s %.4f), more than %.2f", d, a.name, a.mean.NDCG, b.name, b.mean.NDCG, storeTolerance)
	}
	if d := math.Abs(a.mean.Recall - b.mean.Recall); d > storeTolerance {
		t.Errorf("mean recall@10 differs by %.4f (%s %.4f, %s %.4f), more than %.2f", d, a.name, a.mean.Recall, b.name, b.mean.Recall, storeTolerance)
	}
	if d := math.Abs(a.page.NDCG - b.page.NDCG); d > storeTolerance {
		t.Errorf("as /cari, mean nDCG@10 differs by %.4f (%s %.4f, %s %.4f), more than %.2f", d, a.name, a.page.NDCG, b.name, b.page.NDCG, storeTolerance)
	}
	if d := math.Abs(a.page.Recall - b.page.Recall); d > storeTolerance {
		t.Errorf("as /cari, mean recall@10 differs by %.4f (%s %.4f, %s %.4f), more than %.2f", d, a.name, a.page.Recall, b.name, b.page.Recall, storeTolerance)
	}
}

// marks shows which of a top ten are relevant.
func marks(top []int, relevant map[int]bool) string {
	var b strings.Builder
	for _, d := range top {
		if relevant[d] {
			b.WriteByte('R')
		} else {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// publishCorpus creates every document as a published article in one
// section, in one transaction, and maps the slugs back to the documents.
func publishCorpus(t *testing.T, s warta.Store, docs []searcheval.Doc) map[string]int {
	t.Helper()
	slugs := make(map[string]int, len(docs))
	err := s.Update(context.Background(), func(tx warta.Tx) error {
		// The section's name goes into every article's names column: one
		// no query asks for.
		sec := &warta.Section{Slug: "korpus", Name: "Korpus", Position: 1}
		if err := tx.CreateSection(context.Background(), sec); err != nil {
			return err
		}
		for i, d := range docs {
			slug := strings.NewReplacer(":", "-", "_", "-").Replace(d.ID)
			a := &warta.Article{Slug: slug, Title: d.Title, BodyHTML: "<p>" + html.EscapeString(d.Body) + "</p>",
				Label: warta.LabelBerita, SectionID: sec.ID, Status: warta.StatusPublished, PublishedAt: evalPublished}
			if err := tx.CreateArticle(context.Background(), a); err != nil {
				return fmt.Errorf("%s: %w", d.ID, err)
			}
			slugs[slug] = i
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return slugs
}

// searchStore runs q through the store's search and returns the first
// page's documents: with page, as the search page does (every word, then
// any word when that finds nothing); without, every story holding any
// word, ranked, which is what TestEval's ranker ranks.
func searchStore(s warta.Store, slugs map[string]int, q string, now time.Time, page bool) ([]int, error) {
	pq := search.ParseQuery(q)
	var top []int
	err := s.View(context.Background(), func(tx warta.ReadTx) error {
		f := warta.SearchFilter{Terms: pq.Terms, Exact: pq.Exact, Now: now, Limit: 20}
		var list []*warta.Article
		var err error
		if page {
			list, _, _, err = web.Search(context.Background(), tx, f)
		} else {
			f.Any = true
			list, _, err = tx.SearchArticles(context.Background(), f)
		}
		for _, a := range list {
			top = append(top, slugs[a.Slug])
		}
		return err
	})
	return top, err
}
