package postgres_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
)

var t0 = time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)

func fixed() time.Time { return t0 }

// Both dialects carry the same migrations under the same names, so
// schema_migrations reads alike on either database.
func TestMigrationNamesMatchSQLite(t *testing.T) {
	if got, want := postgres.Migrations(), sqlite.Migrations(); !slices.Equal(got, want) {
		t.Fatalf("postgres migrations %v\nsqlite migrations   %v", got, want)
	}
}

// Migrations apply on a fresh database, are recorded under SQLite's
// version names, a second open applies nothing, and the tables are
// SQLite's less FTS5's shadow tables.
func TestMigrationsApply(t *testing.T) {
	ctx := context.Background()
	url := pgtest.Fresh(t)
	s, err := postgres.OpenClock(ctx, url, fixed)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	versions := func() []string {
		rows, err := conn.Query(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		v, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	var want []string
	for _, n := range sqlite.Migrations() {
		want = append(want, strings.TrimSuffix(n, ".sql"))
	}
	if got := versions(); !slices.Equal(got, want) {
		t.Fatalf("schema_migrations = %v, want %v", got, want)
	}
	var applied int64
	if err := conn.QueryRow(ctx, `SELECT min(applied_at) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if applied != t0.UnixMilli() {
		t.Errorf("applied_at = %d, want the store's clock %d", applied, t0.UnixMilli())
	}

	// Twice is a no-op: a later clock must not show up in the table.
	later := func() time.Time { return t0.Add(time.Hour) }
	s2, err := postgres.OpenClock(ctx, url, later)
	if err != nil {
		t.Fatalf("second open: %v", err)
	}
	s2.Close()
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE applied_at <> $1`, t0.UnixMilli()).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 || !slices.Equal(versions(), want) {
		t.Fatalf("second open changed schema_migrations: %d rows re-applied, versions %v", n, versions())
	}

	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	pgTables, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := pgTables, sqliteTables(t); !slices.Equal(got, want) {
		t.Fatalf("postgres tables %v\nsqlite tables   %v", got, want)
	}
}

// sqliteTables lists a fresh SQLite store's tables, FTS5 virtual tables
// included and their shadow tables left out.
func sqliteTables(t *testing.T) []string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "warta.db")
	s, err := sqlite.OpenClock(ctx, path, fixed)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var all []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		all = append(all, name)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var fts []string
	for _, n := range all {
		var sqlText string
		if err := db.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = ?`, n).Scan(&sqlText); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToUpper(sqlText), "VIRTUAL TABLE") {
			fts = append(fts, n)
		}
	}
	var tables []string
next:
	for _, n := range all {
		for _, v := range fts {
			for _, suffix := range []string{"_data", "_idx", "_content", "_docsize", "_config"} {
				if n == v+suffix {
					continue next
				}
			}
		}
		if strings.HasPrefix(n, "sqlite_") {
			continue
		}
		tables = append(tables, n)
	}
	if len(fts) != 2 || len(tables) < 20 {
		t.Fatalf("unexpected SQLite schema: tables %v, FTS %v", tables, fts)
	}
	return tables
}
