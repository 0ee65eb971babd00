package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestViewQueriesReadOnlyTheirWindow checks that the most-read queries
// reach the hourly counts through an index, never by a scan of the whole
// table, which holds a week of reads of the whole archive.
func TestViewQueriesReadOnlyTheirWindow(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for name, tc := range map[string]struct {
		query string
		want  string
	}{
		"most read":     {mostReadQuery, "USING COVERING INDEX article_views_hourly_hour (hour>?)"},
		"section views": {sectionViewsQuery, "USING COVERING INDEX article_views_hourly_hour (hour>?)"},
		"view counts":   {viewCountsQuery(3), "(article_id=? AND hour>?)"},
	} {
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
		got := strings.Join(plan, "; ")
		if !strings.Contains(got, tc.want) || strings.Contains(got, "SCAN article_views_hourly") || strings.Contains(got, "SCAN a ") {
			t.Errorf("%s: plan %q, want a search %s", name, got, tc.want)
		}
	}
}
