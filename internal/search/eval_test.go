package search_test

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/search"
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

// evalDir is the corpus, outside the repository beside it.
var evalDir = filepath.Join("..", "..", "..", "shared", "testdata", "id-news", "click-id")

const (
	evalQueryFile = "testdata/eval/queries.tsv"
	evalMinQuery  = 50 // the issue asks for at least 50 judged queries
	evalMaxJudged = 5
	evalCutoff    = 10

	bm25K1     = 1.2
	bm25B      = 0.75
	bm25Title  = 3.0 // field weights
	bm25Body   = 1.0
	evalFields = 2 // title, body
)

// evalDoc is one article of the corpus; id is "file:row", row counting the
// CSV records after the header from 1 ("tribunnews:17").
type evalDoc struct {
	id, title, body string
}

// evalQuery is one line of the query file.
type evalQuery struct {
	line     int
	text     string
	relevant []string
	why      string
}

// posting is one document's term frequencies in the title and the body.
type posting struct {
	doc int32
	tf  [evalFields]uint16
}

// bm25Index is an in-memory BM25F index over the title and body fields.
type bm25Index struct {
	n        int
	postings map[string][]posting
	length   [][evalFields]int32 // per document
	avg      [evalFields]float64
}

// newBM25Index indexes docs, whose fields analyze turns into terms.
func newBM25Index(docs []evalDoc, analyze func(string) []string) *bm25Index {
	ix := &bm25Index{n: len(docs), postings: map[string][]posting{}, length: make([][evalFields]int32, len(docs))}
	var total [evalFields]float64
	for d, doc := range docs {
		tf := map[string]*[evalFields]uint16{}
		for f, text := range [evalFields]string{doc.title, doc.body} {
			terms := analyze(text)
			ix.length[d][f] = int32(len(terms))
			total[f] += float64(len(terms))
			for _, term := range terms {
				c := tf[term]
				if c == nil {
					c = new([evalFields]uint16)
					tf[term] = c
				}
				if c[f] < math.MaxUint16 {
					c[f]++
				}
			}
		}
		for term, c := range tf {
			ix.postings[term] = append(ix.postings[term], posting{doc: int32(d), tf: *c})
		}
	}
	for f := range total {
		ix.avg[f] = total[f] / float64(len(docs))
	}
	return ix
}

// termScores adds to scores each document's BM25F score for term: the
// term's frequency in each field, normalised by the field's length and
// weighted, summed into one frequency tf before saturation, then
// idf·tf·(k1+1)/(k1+tf) with idf = ln(1 + (N−df+0.5)/(df+0.5)).
func (ix *bm25Index) termScores(term string, scores map[int32]float64) {
	list := ix.postings[term]
	if len(list) == 0 {
		return
	}
	df := float64(len(list))
	idf := math.Log(1 + (float64(ix.n)-df+0.5)/(df+0.5))
	weight := [evalFields]float64{bm25Title, bm25Body}
	for _, p := range list {
		var tf float64
		for f := range evalFields {
			if p.tf[f] > 0 {
				norm := 1 - bm25B + bm25B*float64(ix.length[p.doc][f])/ix.avg[f]
				tf += weight[f] * float64(p.tf[f]) / norm
			}
		}
		scores[p.doc] += idf * tf * (bm25K1 + 1) / (bm25K1 + tf)
	}
}

// alternativeScores scores the documents that hold every term of one
// alternative (a term, or a space-separated phrase whose terms are all
// required, in any position): the sum of the terms' scores.
func (ix *bm25Index) alternativeScores(alt string) map[int32]float64 {
	terms := strings.Fields(alt)
	slices.Sort(terms)
	terms = slices.Compact(terms)
	scores := map[int32]float64{}
	hits := map[int32]int{}
	for _, term := range terms {
		part := map[int32]float64{}
		ix.termScores(term, part)
		for d, s := range part {
			scores[d] += s
			hits[d]++
		}
	}
	for d := range scores {
		if hits[d] < len(terms) {
			delete(scores, d)
		}
	}
	return scores
}

// rank returns the indexes of the top documents for a query given as
// groups of alternatives: a document's score is the sum over the groups of
// its best alternative's score. Documents scoring 0 are left out.
func (ix *bm25Index) rank(groups [][]string, k int) []int {
	total := map[int32]float64{}
	for _, group := range groups {
		best := map[int32]float64{}
		for _, alt := range group {
			for d, s := range ix.alternativeScores(alt) {
				best[d] = max(best[d], s)
			}
		}
		for d, s := range best {
			total[d] += s
		}
	}
	docs := make([]int32, 0, len(total))
	for d, s := range total {
		if s > 0 {
			docs = append(docs, d)
		}
	}
	slices.SortFunc(docs, func(a, b int32) int {
		if total[a] != total[b] {
			if total[a] > total[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	out := make([]int, 0, k)
	for _, d := range docs[:min(k, len(docs))] {
		out = append(out, int(d))
	}
	return out
}

// wartaGroups is what the store asks for: ParseQuery's groups.
func wartaGroups(q string) [][]string { return search.ParseQuery(q).Terms }

// exactGroups is the baseline: each distinct unstemmed query word alone.
func exactGroups(q string) [][]string {
	var groups [][]string
	var seen []string
	for _, w := range search.Exact(q) {
		if !slices.Contains(seen, w) {
			seen = append(seen, w)
			groups = append(groups, []string{w})
		}
	}
	return groups
}

// ndcg is nDCG@k with binary gains; recall is recall@k.
func ndcg(ranked []int, relevant map[int]bool, k int) float64 {
	var dcg, ideal float64
	for i, d := range ranked[:min(k, len(ranked))] {
		if relevant[d] {
			dcg += 1 / math.Log2(float64(i+2))
		}
	}
	for i := range min(k, len(relevant)) {
		ideal += 1 / math.Log2(float64(i+2))
	}
	return dcg / ideal
}

func recall(ranked []int, relevant map[int]bool, k int) float64 {
	found := 0
	for _, d := range ranked[:min(k, len(ranked))] {
		if relevant[d] {
			found++
		}
	}
	return float64(found) / float64(len(relevant))
}

// TestEval ranks the judged queries with Warta's analyzer and with the
// unstemmed baseline and requires Warta's mean nDCG@10 and mean recall@10
// both to be higher.
func TestEval(t *testing.T) {
	start := time.Now()
	docs := loadEvalCorpus(t)
	queryFile := evalQueryFile
	if f := os.Getenv("WARTA_EVAL_QUERIES"); f != "" {
		queryFile = f
	}
	queries := loadEvalQueries(t, queryFile)
	byID := make(map[string]int, len(docs))
	for i, d := range docs {
		byID[d.id] = i
	}
	for _, q := range queries {
		for _, id := range q.relevant {
			if _, ok := byID[id]; !ok {
				t.Fatalf("%s:%d: %q: no article %s in the corpus", queryFile, q.line, q.text, id)
			}
		}
	}

	// Both indexes at once, one per core.
	var warta, exact *bm25Index
	var wg sync.WaitGroup
	wg.Go(func() { warta = newBM25Index(docs, search.Analyze) })
	wg.Go(func() { exact = newBM25Index(docs, search.Exact) })
	wg.Wait()
	indexed := time.Since(start)

	type result struct {
		ndcg, recall float64
		top          []int
	}
	width := len("query")
	for _, q := range queries {
		width = max(width, len(q.text))
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
	for _, q := range queries {
		rel := map[int]bool{}
		for _, id := range q.relevant {
			rel[byID[id]] = true
		}
		var w, b result
		w.top = warta.rank(wartaGroups(q.text), evalCutoff)
		b.top = exact.rank(exactGroups(q.text), evalCutoff)
		w.ndcg, w.recall = ndcg(w.top, rel, evalCutoff), recall(w.top, rel, evalCutoff)
		b.ndcg, b.recall = ndcg(b.top, rel, evalCutoff), recall(b.top, rel, evalCutoff)
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
				width, q.text, w.ndcg, b.ndcg, w.ndcg-b.ndcg, w.recall, b.recall,
				relevantInTopTen(w.top, rel), relevantInTopTen(b.top, rel)))
		}
		if show {
			var sb strings.Builder
			fmt.Fprintf(&sb, "%q  Warta %q  baseline %q\n", q.text, wartaGroups(q.text), exactGroups(q.text))
			for i := range evalCutoff {
				cell := func(top []int) string {
					if i >= len(top) {
						return ""
					}
					mark := " "
					if rel[top[i]] {
						mark = "R"
					}
					return fmt.Sprintf("%s %-15s %.60s", mark, docs[top[i]].id, docs[top[i]].title)
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

// loadEvalCorpus reads every article of the corpus's CSV files.
func loadEvalCorpus(t *testing.T) []evalDoc {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(evalDir, "*.csv"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no corpus in %s", evalDir)
		}
		t.Skipf("no corpus in %s", evalDir)
	}
	var docs []evalDoc
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReader(f))
		r.LazyQuotes = true
		r.FieldsPerRecord = -1
		head, err := r.Read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		title, body := slices.Index(head, "title"), slices.Index(head, "content")
		if title < 0 || body < 0 {
			t.Fatalf("%s: no title or content column in %q", name, head)
		}
		base := strings.TrimSuffix(filepath.Base(name), ".csv")
		for row := 1; ; row++ {
			rec, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			d := evalDoc{id: fmt.Sprintf("%s:%d", base, row)}
			if len(rec) > title {
				d.title = rec[title]
			}
			if len(rec) > body && rec[body] != "-" {
				d.body = rec[body]
			}
			docs = append(docs, d)
		}
		f.Close()
	}
	return docs
}

// loadEvalQueries reads the query file: one query a line, tab-separated
// query, relevant article IDs (comma-separated) and the reason they were
// judged relevant; '#' starts a comment line.
func loadEvalQueries(t *testing.T, name string) []evalQuery {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var queries []evalQuery
	seen := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated columns (query, article IDs, why), got %d", name, i+1, len(cols))
		}
		q := evalQuery{line: i + 1, text: strings.TrimSpace(cols[0]), why: strings.TrimSpace(cols[2])}
		for _, id := range strings.Split(cols[1], ",") {
			if id = strings.TrimSpace(id); id != "" && !slices.Contains(q.relevant, id) {
				q.relevant = append(q.relevant, id)
			}
		}
		key := strings.ToLower(q.text)
		switch {
		case q.text == "":
			t.Fatalf("%s:%d: empty query", name, q.line)
		case seen[key]:
			t.Fatalf("%s:%d: query %q repeated", name, q.line, q.text)
		case len(q.relevant) == 0 || len(q.relevant) > evalMaxJudged:
			t.Fatalf("%s:%d: %q: want 1 to %d relevant articles, got %d", name, q.line, q.text, evalMaxJudged, len(q.relevant))
		case q.why == "":
			t.Fatalf("%s:%d: %q: say why the articles are relevant", name, q.line, q.text)
		}
		seen[key] = true
		queries = append(queries, q)
	}
	if len(queries) < evalMinQuery && name == evalQueryFile {
		t.Fatalf("%s: %d queries, want at least %d", name, len(queries), evalMinQuery)
	}
	return queries
}
