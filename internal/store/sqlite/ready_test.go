package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/store/sqlite"
)

func TestReady(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warta.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ready(ctx); err != nil {
		t.Fatalf("fresh store not ready: %v", err)
	}

	// A migration forgotten by the database (an older backup restored
	// under a newer binary) makes it not ready.
	names := sqlite.Migrations()
	last := strings.TrimSuffix(names[len(names)-1], ".sql")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = ?`, last); err != nil {
		t.Fatal(err)
	}
	err = s.Ready(ctx)
	if err == nil || !strings.Contains(err.Error(), last) {
		t.Fatalf("missing migration: Ready = %v, want an error naming %s", err, last)
	}

	s.Close()
	if err := s.Ready(ctx); err == nil {
		t.Fatal("closed store: Ready = nil")
	}
}

func TestStats(t *testing.T) {
	s := MustOpen(t)
	if err := s.Ready(context.Background()); err != nil {
		t.Fatal(err)
	}
	reader, writer := s.Stats()
	if writer.MaxOpenConnections != 1 {
		t.Errorf("writer pool max %d, want 1", writer.MaxOpenConnections)
	}
	if reader.MaxOpenConnections < 4 || reader.OpenConnections < 1 {
		t.Errorf("reader pool: %+v", reader)
	}
}
