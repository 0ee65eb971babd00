package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"warta/internal/store/pgtest"
)

// ? markers are numbered in order; a ? inside a quoted literal is text.
func TestRebind(t *testing.T) {
	for in, want := range map[string]string{
		`SELECT 1`:              `SELECT 1`,
		`a = ? AND b IN (?, ?)`: `a = $1 AND b IN ($2, $3)`,
		`x ILIKE ? ESCAPE '\' AND y = '?' AND z=?`: `x ILIKE $1 ESCAPE '\' AND y = '?' AND z=$2`,
	} {
		if got := rebind(in); got != want {
			t.Errorf("rebind(%q) = %q, want %q", in, got, want)
		}
	}
}

// The analyser's terms reach PostgreSQL whole ("28/10" is one term, not
// split by a text search configuration), at their positions, so a phrase
// matches only where its words are adjacent; a term's positions are capped
// as PostgreSQL caps them, rather than failing the write.
func TestTsvectorQueries(t *testing.T) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	doc := tsvector([]string{"banjir", "jakarta", "28/10", "warga", "banjir"})
	match := func(q string) bool {
		t.Helper()
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT $1::tsvector @@ $2::tsquery`, doc, q).Scan(&ok); err != nil {
			t.Fatalf("%s @@ %s: %v", doc, q, err)
		}
		return ok
	}
	cases := []struct {
		groups [][]string
		any    bool
		want   bool
	}{
		{[][]string{{"28/10"}}, false, true},
		{[][]string{{"28"}}, false, false},
		{[][]string{{"banjir jakarta"}}, false, true},
		{[][]string{{"jakarta banjir"}}, false, false},
		{[][]string{{"banjir"}, {"gempa"}}, false, false},
		{[][]string{{"banjir"}, {"gempa"}}, true, true},
		{[][]string{{"gempa", "warga"}}, false, true},
		{[][]string{{"it's"}}, false, false},
	}
	for _, c := range cases {
		if got := match(matchExpr(c.groups, c.any)); got != c.want {
			t.Errorf("%v any=%v: match = %v, want %v", c.groups, c.any, got, c.want)
		}
	}

	long := strings.Fields(strings.Repeat("kata ", 20000))
	var n int
	if err := conn.QueryRow(ctx, `SELECT length($1::tsvector)`, tsvector(long)).Scan(&n); err != nil {
		t.Fatalf("a long text: %v", err)
	}
	if n != 1 {
		t.Errorf("length = %d, want 1 lexeme", n)
	}
}
