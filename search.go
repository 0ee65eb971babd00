package warta

import "time"

// SearchFilter selects published articles by an analysed query. Each group
// of Terms must match (any alternative in the group); an alternative is one
// analysed term or a space-separated phrase of terms. Exact holds the
// query's words unstemmed, which rank matches of names and exact wording
// higher.
type SearchFilter struct {
	Terms     [][]string
	Exact     []string
	SectionID *int64
	AuthorID  *int64
	From      *time.Time
	Before    *time.Time
	// Any relaxes "every group must match" to "any group may match", for a
	// second try when the strict query finds too little.
	Any    bool
	Now    time.Time // for the recency boost
	Offset int
	Limit  int
	// Cap bounds the matches counted and ranked; 0 means SearchTotalCap.
	Cap int
}

// TotalCap is the filter's cap on counted matches.
func (f SearchFilter) TotalCap() int {
	if f.Cap > 0 {
		return f.Cap
	}
	return SearchTotalCap
}

// SearchTotalCap bounds how many matches a search counts and ranks: a
// query for a common word matches a good part of an archive, and each match
// costs time to score. Past the cap the newest matches are ranked (a date
// range reaches older ones), and the total is reported as the cap plus one,
// to be read "more than SearchTotalCap".
const SearchTotalCap = 5000
