package pgtest_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"warta/internal/store/pgtest"
)

// Each Fresh database is new, empty and separate from the next one.
func TestFreshIsolated(t *testing.T) {
	ctx := context.Background()
	a, b := pgtest.Fresh(t), pgtest.Fresh(t)
	if a == b {
		t.Fatalf("two Fresh calls gave the same database %s", a)
	}
	ca, err := pgx.Connect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer ca.Close(ctx)
	if _, err := ca.Exec(ctx, `CREATE TABLE marker (id int)`); err != nil {
		t.Fatal(err)
	}
	cb, err := pgx.Connect(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer cb.Close(ctx)
	var n int
	if err := cb.QueryRow(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("a fresh database has %d tables, want 0", n)
	}
}
