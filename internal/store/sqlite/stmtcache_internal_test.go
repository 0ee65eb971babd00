package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// The read pool keeps a statement per SQL and connection, hands it back
// when its rows close, and gives a query run while the same query's rows
// are still open a statement of its own.
func TestReadPoolKeepsStatements(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conn, err := s.reader.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const q = `SELECT value FROM json_each('[1,2,3]') WHERE value >= ? ORDER BY value`
	sum := func(min int) int {
		t.Helper()
		rows, err := conn.QueryContext(ctx, q, min)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		total := 0
		for rows.Next() {
			var v int
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			total += v
		}
		return total
	}
	if a, b := sum(1), sum(2); a != 6 || b != 5 {
		t.Fatalf("sums %d %d, want 6 5 (a kept statement must be reset and rebound)", a, b)
	}
	// Nested: the outer rows hold the kept statement.
	outer, err := conn.QueryContext(ctx, q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !outer.Next() {
		t.Fatal("no outer row")
	}
	if got := sum(1); got != 6 {
		t.Errorf("inner sum %d, want 6", got)
	}
	var v int
	if err := outer.Scan(&v); err != nil || v != 3 || outer.Next() {
		t.Errorf("outer row %d %v", v, err)
	}
	outer.Close()
	kept := 0
	if err := conn.Raw(func(dc any) error {
		if c, ok := dc.(*cachedConn); ok {
			kept = len(c.stmts)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if kept != 1 {
		t.Errorf("%d statements kept, want 1", kept)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
}
