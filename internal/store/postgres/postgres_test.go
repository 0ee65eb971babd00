package postgres_test

import (
	"context"
	"testing"

	"warta"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/store/storetest"
)

// open gives each conformance test a store on a database of its own.
func open(tb testing.TB) warta.Store {
	tb.Helper()
	s, err := postgres.OpenClock(context.Background(), pgtest.Fresh(tb), fixed)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestConformance runs the storetest suite on PostgreSQL.
func TestConformance(t *testing.T) {
	storetest.Run(t, open)
}
