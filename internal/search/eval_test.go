package search_test

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/search"
	"warta/internal/search/searcheval"
)

// The retrieval evaluation: judged Indonesian queries over the CLICK-ID news
// corpus (CC BY 4.0; see shared/testdata/README.md), ranked by one BM25F
// ranker twice — over Analyze's terms with ParseQuery's groups (Warta), and
// over Exact's unstemmed words (the baseline) — and scored with nDCG@10 and
// recall@10. The query set and its judgements are in testdata/eval/.
//
// Environment, for working on the query set:
//
//	WARTA_EVAL_QUERIES=file  reads another query file in the same format
//	WARTA_EVAL_SHOW=1        logs both top tens of every query, relevant articles marked

// evalCutoff is the depth of the scores, nDCG@10 and recall@10.
const evalCutoff = searcheval.Cutoff

// TestEval ranks the judged queries with Warta's analyzer and with the
// unstemmed baseline and requires Warta's mean nDCG@10 and mean recall@10
// both to be higher.
func TestEval(t *testing.T) {
	start := time.Now()
	docs, queries, judged := searcheval.Load(t)

	// Both indexes at once, one per core.
	var warta, exact *searcheval.Index
	var wg sync.WaitGroup
	wg.Go(func() { warta = searcheval.NewIndex(docs, search.Analyze) })
	wg.Go(func() { exact = searcheval.NewIndex(docs, search.Exact) })
	wg.Wait()
	indexed := time.Since(start)

	type result struct {
		ndcg, recall float64
		top          []int
	}
	width := len("query")
	for _, q := range queries {
		width = max(width, len(q.Text))
	}
	var (
		sumW, sumB               result
		winsW, winsB             int // by nDCG@10
		recallWinsW, recallWinsB int
		rows                     []string
		show                     = os.Getenv("WARTA_EVAL_SHOW") != ""
		relevantInTopTen         = func(top []int, rel map[int]bool) string {
			var b strings.Builder
			for _, d := range top {
				if rel[d] {
					b.WriteByte('R')
				} else {
					b.WriteByte('.')
				}
			}
			return b.String()
		}
	)
	for i, q := range queries {
		rel := judged[i]
		var w, b result
		w.top = warta.Rank(searcheval.WartaGroups(q.Text), evalCutoff)
		b.top = exact.Rank(searcheval.ExactGroups(q.Text), evalCutoff)
		w.ndcg, w.recall = searcheval.NDCG(w.top, rel, evalCutoff), searcheval.Recall(w.top, rel, evalCutoff)
		b.ndcg, b.recall = searcheval.NDCG(b.top, rel, evalCutoff), searcheval.Recall(b.top, rel, evalCutoff)
		sumW.ndcg += w.ndcg
		sumW.recall += w.recall
		sumB.ndcg += b.ndcg
		sumB.recall += b.recall
		switch {
		case w.ndcg > b.ndcg+1e-9:
			winsW++
		case b.ndcg > w.ndcg+1e-9:
			winsB++
		}
		switch {
		case w.recall > b.recall+1e-9:
			recallWinsW++
		case b.recall > w.recall+1e-9:
			recallWinsB++
		}
		if math.Abs(w.ndcg-b.ndcg) > 1e-9 || math.Abs(w.recall-b.recall) > 1e-9 {
			rows = append(rows, fmt.Sprintf("%-*s %6.3f %6.3f %+7.3f   %5.2f %5.2f   %s %s",
				width, q.Text, w.ndcg, b.ndcg, w.ndcg-b.ndcg, w.recall, b.recall,
				relevantInTopTen(w.top, rel), relevantInTopTen(b.top, rel)))
		}
		if show {
			var sb strings.Builder
			fmt.Fprintf(&sb, "%q  Warta %q  baseline %q\n", q.Text, searcheval.WartaGroups(q.Text), searcheval.ExactGroups(q.Text))
			for i := range evalCutoff {
				cell := func(top []int) string {
					if i >= len(top) {
						return ""
					}
					mark := " "
					if rel[top[i]] {
						mark = "R"
					}
					return fmt.Sprintf("%s %-15s %.60s", mark, docs[top[i]].ID, docs[top[i]].Title)
				}
				fmt.Fprintf(&sb, "  %2d %-80s | %s\n", i+1, cell(w.top), cell(b.top))
			}
			t.Log(sb.String())
		}
	}
	n := float64(len(queries))
	meanW := result{ndcg: sumW.ndcg / n, recall: sumW.recall / n}
	meanB := result{ndcg: sumB.ndcg / n, recall: sumB.recall / n}

	t.Logf("%d articles, %d queries; corpus read and indexed in %v, queries ranked in %v", len(docs), len(queries),
		indexed.Round(time.Millisecond), (time.Since(start) - indexed).Round(time.Millisecond))
	t.Logf("%d queries score differently (R marks a relevant article in the top ten, Warta's then the baseline's):\n"+
		"%-*s %6s %6s %7s   %5s %5s\n%s", len(rows), width, "query", "nDCG W", "nDCG B", "diff", "rec W", "rec B", strings.Join(rows, "\n"))
	t.Logf("mean nDCG@10:   Warta %.4f, baseline %.4f", meanW.ndcg, meanB.ndcg)
	t.Logf("mean recall@10: Warta %.4f, baseline %.4f", meanW.recall, meanB.recall)
	t.Logf("nDCG@10 higher: Warta on %d queries, baseline on %d, tied on %d", winsW, winsB, len(queries)-winsW-winsB)
	t.Logf("recall@10 higher: Warta on %d queries, baseline on %d, tied on %d", recallWinsW, recallWinsB, len(queries)-recallWinsW-recallWinsB)
	if !(meanW.ndcg > meanB.ndcg) || !(meanW.recall > meanB.recall) {
		t.Errorf("Warta is not ahead of the unstemmed baseline: nDCG@10 %.4f vs %.4f, recall@10 %.4f vs %.4f",
			meanW.ndcg, meanB.ndcg, meanW.recall, meanB.recall)
	}
}
