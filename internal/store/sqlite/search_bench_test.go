package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta"
	"warta/internal/store/searchbench"
	"warta/internal/store/sqlite"
)

// The search benchmarks of internal/store/searchbench, on SQLite:
//
//	go test -run '^$' -bench Search100k -benchtime 400x ./internal/store/sqlite/

// fillBench writes n published articles straight into the tables, with
// index rows made by the real analyser, as ReindexArticle writes them.
func fillBench(b *testing.B, s *sqlite.Store, n int, gen searchbench.Story) {
	b.Helper()
	ctx := context.Background()
	if err := s.Exec(ctx, `INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional')`); err != nil {
		b.Fatal(err)
	}
	quote := func(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }
	terms := func(t []string) string { return quote(strings.Join(t, " ")) }
	const batch = 1000
	var arts, idx strings.Builder
	flush := func() error {
		if arts.Len() == 0 {
			return nil
		}
		if err := s.Exec(ctx, arts.String()); err != nil {
			return err
		}
		err := s.Exec(ctx, idx.String())
		arts.Reset()
		idx.Reset()
		return err
	}
	err := searchbench.Generate(n, gen, func(i int, a searchbench.Article) error {
		if i%batch == 0 {
			if err := flush(); err != nil {
				return err
			}
			arts.WriteString(`INSERT INTO articles (slug, title, dek, label, section_id, status, published_at, created_at, modified_at) VALUES `)
			idx.WriteString(`INSERT INTO article_search (rowid, title, dek, body, exact, facets) VALUES `)
		} else {
			arts.WriteString(",")
			idx.WriteString(",")
		}
		at := a.PublishedAt
		fmt.Fprintf(&arts, "('a-%d', %s, %s, 'berita', 1, 'published', %d, %d, %d)", i, quote(a.Title), quote(a.Dek), at, at, at)
		fmt.Fprintf(&idx, "(%d, %s, %s, %s, %s, 's1')", i+1, terms(a.TitleTerms), terms(a.DekTerms), terms(a.BodyTerms), terms(a.ExactTerms))
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		b.Fatal(err)
	}
	// A running server's log is checkpointed as it goes; a bulk fill
	// leaves all of it in the log until this.
	if err := s.Exec(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
}

// TestMain ends the benchmarks' filled databases after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if err := searchbench.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// openBench opens a fresh database that lives until TestMain ends it.
func openBench(b *testing.B) (*sqlite.Store, func() error) {
	b.Helper()
	dir, err := os.MkdirTemp("", "warta-bench-")
	if err != nil {
		b.Fatal(err)
	}
	s, err := sqlite.Open(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s, func() error { return errors.Join(s.Close(), os.RemoveAll(dir)) }
}

func BenchmarkSearch100k(b *testing.B) {
	gen, queries := searchbench.News(b)
	s := searchbench.Filled(b, "news", func() (warta.Store, func() error) {
		s, done := openBench(b)
		fillBench(b, s, searchbench.Articles, gen)
		return s, done
	})
	searchbench.Run(b, s, queries)
}

func BenchmarkSearch100kDense(b *testing.B) {
	s := searchbench.Filled(b, "dense", func() (warta.Store, func() error) {
		s, done := openBench(b)
		fillBench(b, s, searchbench.Articles, searchbench.Dense)
		return s, done
	})
	searchbench.Run(b, s, searchbench.DenseQueries)
}
