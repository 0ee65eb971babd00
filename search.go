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
}
