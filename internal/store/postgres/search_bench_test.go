package postgres

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"warta"
	"warta/internal/store/pgtest"
	"warta/internal/store/searchbench"
)

// The search benchmarks of internal/store/searchbench, on PostgreSQL (the
// server of scripts/pg.sh):
//
//	go test -run '^$' -bench Search100k -benchtime 400x ./internal/store/postgres/

// fillBench writes n published articles straight into the tables, with
// index rows made by the real analyser, as ReindexArticle writes them,
// then analyses the tables as autovacuum does after a bulk load.
func fillBench(b *testing.B, s *Store, n int, gen searchbench.Story) {
	b.Helper()
	ctx := context.Background()
	if err := s.Exec(ctx, `INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional')`); err != nil {
		b.Fatal(err)
	}
	// A bulk load builds the text index once at the end, as a restore
	// does, rather than row by row: the same index, minutes sooner.
	if err := s.Exec(ctx, `DROP INDEX article_search_document`); err != nil {
		b.Fatal(err)
	}
	quote := func(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }
	vector := func(t []string) string { return quote(tsvector(t)) + "::tsvector" }
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
			arts.WriteString(`INSERT INTO articles (id, slug, title, dek, label, section_id, status, published_at, created_at, modified_at) VALUES `)
			idx.WriteString(`INSERT INTO article_search (article_id, document, facets) VALUES `)
		} else {
			arts.WriteString(",")
			idx.WriteString(",")
		}
		at := a.PublishedAt
		fmt.Fprintf(&arts, "(%d, 'a-%d', %s, %s, 'berita', 1, 'published', %d, %d, %d)", i+1, i, quote(a.Title), quote(a.Dek), at, at, at)
		fmt.Fprintf(&idx, "(%d, setweight(%s, 'A') || setweight(%s, 'B') || setweight(%s, 'C') || setweight(%s, 'D'), 's1'::tsvector)",
			i+1, vector(a.TitleTerms), vector(a.DekTerms), vector(a.BodyTerms), vector(a.ExactTerms))
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Exec(ctx, `CREATE INDEX article_search_document ON article_search USING GIN (document)`); err != nil {
		b.Fatal(err)
	}
	if err := s.Exec(ctx, `VACUUM ANALYZE articles, article_search`); err != nil {
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

// openBench opens a fresh database that lives until TestMain drops it.
func openBench(b *testing.B) (*Store, func() error) {
	b.Helper()
	u, drop, err := pgtest.New(pgtest.URL(b))
	if err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), u)
	if err != nil {
		b.Fatal(errors.Join(err, drop()))
	}
	return s, func() error { return errors.Join(s.Close(), drop()) }
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
