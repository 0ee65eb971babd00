package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"warta"
	"warta/internal/store/sqlite"
	"warta/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) warta.Store {
		return MustOpen(tb)
	})
}

// MustOpen opens a store on a temporary file, closed when the test ends.
func MustOpen(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "warta.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warta.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, func(tx warta.Tx) error {
		return tx.CreateSection(ctx, &warta.Section{Slug: "nasional", Name: "Nasional"})
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if err := s.View(ctx, func(tx warta.ReadTx) error {
		_, err := tx.FindSectionBySlug(ctx, "nasional")
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

func TestReadPoolIsReadOnly(t *testing.T) {
	s := MustOpen(t)
	err := s.View(context.Background(), func(tx warta.ReadTx) error {
		if _, ok := tx.(warta.Tx); ok {
			t.Fatal("a read transaction offers write methods")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenRejectsMemory(t *testing.T) {
	if _, err := sqlite.Open(context.Background(), ":memory:"); err == nil {
		t.Fatal("Open(:memory:) succeeded; the store needs a file for its two pools")
	}
}
