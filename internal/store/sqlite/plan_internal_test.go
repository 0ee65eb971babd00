package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueriesUseTheirIndexes checks the plans of lookups that run once
// per upload or import: a full scan there grows with the archive.
func TestQueriesUseTheirIndexes(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for name, tc := range map[string]struct {
		query string
		index string
	}{
		"media by hash":       {mediaByHash, "media_hash"},
		"import item":         {`SELECT ` + importColumns + ` FROM import_items WHERE source = ? AND kind = ? AND key = ?`, "PRIMARY KEY"},
		"import items by key": {`SELECT ` + importColumns + ` FROM import_items WHERE kind = ? AND key = ? ORDER BY imported_at DESC, source LIMIT 20`, "import_items_by_key"},
	} {
		// NULL values: the planner may not use what it knows of them,
		// as a statement prepared before its values are bound cannot.
		nulls := make([]any, strings.Count(tc.query, "?"))
		rows, err := s.reader.Query("EXPLAIN QUERY PLAN "+tc.query, nulls...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if got := strings.Join(plan, "; "); !strings.Contains(got, tc.index) || strings.Contains(got, "SCAN") {
			t.Errorf("%s: plan %q, want a search using %s", name, got, tc.index)
		}
	}
}
