package postgres_test

import (
	"context"
	"strings"
	"testing"

	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
)

func TestReady(t *testing.T) {
	ctx := context.Background()
	s, err := postgres.OpenClock(ctx, pgtest.Fresh(t), fixed)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ready(ctx); err != nil {
		t.Fatalf("fresh store not ready: %v", err)
	}
	if st := s.Stats(); st.MaxConns() < 1 {
		t.Errorf("pool max %d", st.MaxConns())
	}
	names := postgres.Migrations()
	last := strings.TrimSuffix(names[len(names)-1], ".sql")
	if err := s.Exec(ctx, `DELETE FROM schema_migrations WHERE version = $1`, last); err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(ctx); err == nil || !strings.Contains(err.Error(), last) {
		t.Fatalf("missing migration: Ready = %v, want an error naming %s", err, last)
	}
	s.Close()
	if err := s.Ready(ctx); err == nil {
		t.Fatal("closed store: Ready = nil")
	}
}
