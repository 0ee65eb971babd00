package searcheval

import (
	"math"
	"slices"
	"strings"

	"warta/internal/search"
)

const (
	bm25K1     = 1.2
	bm25B      = 0.75
	bm25Title  = 3.0 // field weights
	bm25Body   = 1.0
	evalFields = 2 // title, body
)

// posting is one document's term frequencies in the title and the body.
type posting struct {
	doc int32
	tf  [evalFields]uint16
}

// Index is an in-memory BM25F index over the title and body fields.
type Index struct {
	n        int
	postings map[string][]posting
	length   [][evalFields]int32 // per document
	avg      [evalFields]float64
}

// NewIndex indexes docs, whose fields analyze turns into terms.
func NewIndex(docs []Doc, analyze func(string) []string) *Index {
	ix := &Index{n: len(docs), postings: map[string][]posting{}, length: make([][evalFields]int32, len(docs))}
	var total [evalFields]float64
	for d, doc := range docs {
		tf := map[string]*[evalFields]uint16{}
		for f, text := range [evalFields]string{doc.Title, doc.Body} {
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
func (ix *Index) termScores(term string, scores map[int32]float64) {
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
func (ix *Index) alternativeScores(alt string) map[int32]float64 {
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

// Rank returns the indexes of the top documents for a query given as
// groups of alternatives: a document's score is the sum over the groups of
// its best alternative's score. Documents scoring 0 are left out.
func (ix *Index) Rank(groups [][]string, k int) []int {
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

// WartaGroups is what the store asks for: ParseQuery's groups.
func WartaGroups(q string) [][]string { return search.ParseQuery(q).Terms }

// ExactGroups is the baseline: each distinct unstemmed query word alone.
func ExactGroups(q string) [][]string {
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
