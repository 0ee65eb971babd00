// Package searcheval holds the retrieval evaluation's parts that more than
// one test uses: the CLICK-ID news corpus (CC BY 4.0; see
// shared/testdata/README.md) and the judged queries of
// internal/search/testdata/eval, their loaders, the in-memory BM25F ranker
// that scores the analyser alone, and the nDCG@10 and recall@10 scorers.
// internal/search's TestEval ranks with the in-memory ranker; the stores'
// evaluation ranks the same queries with each database's own engine, so
// the two can be held to the same mark.
package searcheval

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
	"testing"

	"warta/internal/search"
)

const (
	MinQueries = 50 // the issue asks for at least 50 judged queries
	MaxJudged  = 5  // relevant articles a query may name
	Cutoff     = 10 // nDCG@10, recall@10
)

// ErrNoCorpus says the corpus, which lives outside the repository beside
// it, is not on this machine.
var ErrNoCorpus = errors.New("searcheval: no corpus")

// Doc is one article of the corpus; ID is "file:row", row counting the CSV
// records after the header from 1 ("tribunnews:17").
type Doc struct {
	ID, Title, Body string
}

// Query is one line of the query file.
type Query struct {
	Line     int
	Text     string
	Relevant []string
	Why      string
}

// root finds the repository's root (the directory holding go.mod) from the
// working directory, which is a package's directory under go test.
func root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("searcheval: no go.mod above the working directory")
		}
		dir = up
	}
}

// CorpusDir is the corpus's directory, beside the repository.
func CorpusDir() (string, error) {
	r, err := root()
	if err != nil {
		return "", err
	}
	return filepath.Join(r, "..", "shared", "testdata", "id-news", "click-id"), nil
}

// QueryFile is the judged query set.
func QueryFile() (string, error) {
	r, err := root()
	if err != nil {
		return "", err
	}
	return filepath.Join(r, "internal", "search", "testdata", "eval", "queries.tsv"), nil
}

// LoadCorpus reads every article of the corpus's CSV files in dir, in file
// name order. Without any it returns ErrNoCorpus.
func LoadCorpus(dir string) ([]Doc, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	if len(files) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoCorpus, dir)
	}
	var docs []Doc
	for _, name := range files {
		more, err := loadFile(name)
		if err != nil {
			return nil, err
		}
		docs = append(docs, more...)
	}
	return docs, nil
}

func loadFile(name string) ([]Doc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	title, body := slices.Index(head, "title"), slices.Index(head, "content")
	if title < 0 || body < 0 {
		return nil, fmt.Errorf("%s: no title or content column in %q", name, head)
	}
	base := strings.TrimSuffix(filepath.Base(name), ".csv")
	var docs []Doc
	for row := 1; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		d := Doc{ID: fmt.Sprintf("%s:%d", base, row)}
		if len(rec) > title {
			d.Title = rec[title]
		}
		if len(rec) > body && rec[body] != "-" {
			d.Body = rec[body]
		}
		docs = append(docs, d)
	}
}

// LoadQueries reads a query file: one query a line, tab-separated query,
// relevant article IDs (comma-separated) and the reason they were judged
// relevant; '#' starts a comment line. The judged set itself must hold at
// least MinQueries.
func LoadQueries(name string) ([]Query, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var queries []Query
	seen := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated columns (query, article IDs, why), got %d", name, i+1, len(cols))
		}
		q := Query{Line: i + 1, Text: strings.TrimSpace(cols[0]), Why: strings.TrimSpace(cols[2])}
		for _, id := range strings.Split(cols[1], ",") {
			if id = strings.TrimSpace(id); id != "" && !slices.Contains(q.Relevant, id) {
				q.Relevant = append(q.Relevant, id)
			}
		}
		key := strings.ToLower(q.Text)
		switch {
		case q.Text == "":
			return nil, fmt.Errorf("%s:%d: empty query", name, q.Line)
		case seen[key]:
			return nil, fmt.Errorf("%s:%d: query %q repeated", name, q.Line, q.Text)
		case len(q.Relevant) == 0 || len(q.Relevant) > MaxJudged:
			return nil, fmt.Errorf("%s:%d: %q: want 1 to %d relevant articles, got %d", name, q.Line, q.Text, MaxJudged, len(q.Relevant))
		case q.Why == "":
			return nil, fmt.Errorf("%s:%d: %q: say why the articles are relevant", name, q.Line, q.Text)
		}
		seen[key] = true
		queries = append(queries, q)
	}
	if judged, err := QueryFile(); err == nil && sameFile(name, judged) && len(queries) < MinQueries {
		return nil, fmt.Errorf("%s: %d queries, want at least %d", name, len(queries), MinQueries)
	}
	return queries, nil
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// Judged maps each query's relevant IDs to indexes of docs, and fails on
// an ID the corpus does not hold.
func Judged(docs []Doc, queries []Query) ([]map[int]bool, error) {
	byID := make(map[string]int, len(docs))
	for i, d := range docs {
		byID[d.ID] = i
	}
	out := make([]map[int]bool, len(queries))
	for i, q := range queries {
		out[i] = map[int]bool{}
		for _, id := range q.Relevant {
			d, ok := byID[id]
			if !ok {
				return nil, fmt.Errorf("line %d: %q: no article %s in the corpus", q.Line, q.Text, id)
			}
			out[i][d] = true
		}
	}
	return out, nil
}

// NDCG is nDCG@k with binary gains.
func NDCG(ranked []int, relevant map[int]bool, k int) float64 {
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

// Recall is recall@k.
func Recall(ranked []int, relevant map[int]bool, k int) float64 {
	found := 0
	for _, d := range ranked[:min(k, len(ranked))] {
		if relevant[d] {
			found++
		}
	}
	return float64(found) / float64(len(relevant))
}

// Scores are a ranking's nDCG@10 and recall@10, for one query or the mean
// over a query set.
type Scores struct {
	NDCG, Recall float64
}

// Evaluate ranks every query with rank (the indexes of docs, best first)
// and scores it against judged (from Judged): the means, and each
// query's scores and ranking.
func Evaluate(queries []Query, judged []map[int]bool, rank func(q string) ([]int, error)) (mean Scores, each []Scores, tops [][]int, err error) {
	for i, q := range queries {
		top, err := rank(q.Text)
		if err != nil {
			return Scores{}, nil, nil, fmt.Errorf("%q: %w", q.Text, err)
		}
		s := Scores{NDCG(top, judged[i], Cutoff), Recall(top, judged[i], Cutoff)}
		mean.NDCG += s.NDCG
		mean.Recall += s.Recall
		each = append(each, s)
		tops = append(tops, top)
	}
	if n := float64(len(queries)); n > 0 {
		mean.NDCG /= n
		mean.Recall /= n
	}
	return mean, each, tops, nil
}

// Baseline is the unstemmed baseline's mean scores: the in-memory BM25F
// ranker over Exact's words, each distinct query word a group.
func Baseline(docs []Doc, queries []Query, judged []map[int]bool) Scores {
	ix := NewIndex(docs, search.Exact)
	mean, _, _, _ := Evaluate(queries, judged, func(q string) ([]int, error) {
		return ix.Rank(ExactGroups(q), Cutoff), nil
	})
	return mean
}

// Load reads the corpus and the judged queries (WARTA_EVAL_QUERIES
// names another query file) and maps the judgements to the corpus. Without
// the corpus the test skips, and under CI=true it fails.
func Load(t testing.TB) ([]Doc, []Query, []map[int]bool) {
	t.Helper()
	dir, err := CorpusDir()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := LoadCorpus(dir)
	if errors.Is(err, ErrNoCorpus) && os.Getenv("CI") != "true" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	name, err := QueryFile()
	if err != nil {
		t.Fatal(err)
	}
	if f := os.Getenv("WARTA_EVAL_QUERIES"); f != "" {
		name = f
	}
	queries, err := LoadQueries(name)
	if err != nil {
		t.Fatal(err)
	}
	judged, err := Judged(docs, queries)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return docs, queries, judged
}
