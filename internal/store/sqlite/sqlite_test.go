package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"warta"
	"warta/internal/search"
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

// A database whose index is empty while stories are published (the
// migration that rebuilt the table, or a lost index), or was written by
// another analyser version, is re-indexed on open.
func TestOpenRebuildsAnEmptyOrStaleIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "warta.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx warta.Tx) error {
		sec := &warta.Section{Slug: "nasional", Name: "Nasional"}
		if err := tx.CreateSection(ctx, sec); err != nil {
			return err
		}
		for i, st := range []warta.Status{warta.StatusPublished, warta.StatusDraft} {
			a := &warta.Article{Slug: fmt.Sprintf("gempa-%d", i), Title: "Gempa Guncang Pesisir Selatan", Dek: "Warga mengungsi.",
				BodyHTML: "<p>Isi.</p>", Label: warta.LabelBerita, SectionID: sec.ID, Status: st}
			if st == warta.StatusPublished {
				a.PublishedAt = tx.Now()
			}
			if err := tx.CreateArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	find := func(s *sqlite.Store, q string) int {
		t.Helper()
		var n int
		err := s.View(ctx, func(tx warta.ReadTx) error {
			var err error
			_, n, err = tx.SearchArticles(ctx, warta.SearchFilter{Terms: search.ParseQuery(q).Terms, Now: s.Now()})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	found := func(s *sqlite.Store) int { return find(s, "gempa") }
	if n := found(s); n != 1 {
		t.Fatalf("before: %d found, want the published one", n)
	}
	if err := s.Exec(ctx, `DELETE FROM article_search`); err != nil {
		t.Fatal(err)
	}
	if n := found(s); n != 0 {
		t.Fatalf("emptied index still finds %d", n)
	}
	s.Close()
	if s, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	if n := found(s); n != 1 {
		t.Errorf("after reopening: %d found, want 1", n)
	}
	// An index written by another analyser version is rebuilt too; one
	// written by this version is left alone.
	if err := s.Exec(ctx, `UPDATE article_search SET title = 'kata lain', exact = 'kata lain'`); err != nil {
		t.Fatal(err)
	}
	reopen := func() {
		t.Helper()
		s.Close()
		if s, err = sqlite.Open(ctx, path); err != nil {
			t.Fatal(err)
		}
	}
	reopen()
	if n := find(s, "guncang"); n != 0 {
		t.Errorf("an index of this version was rewritten on open: %d found", n)
	}
	if err := s.Exec(ctx, `UPDATE search_meta SET value = '0' WHERE key = 'analyzer'`); err != nil {
		t.Fatal(err)
	}
	reopen()
	if n := find(s, "guncang"); n != 1 {
		t.Errorf("an index of another analyser version was not rebuilt: %d found", n)
	}
}
