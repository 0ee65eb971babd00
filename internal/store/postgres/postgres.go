// Package postgres implements warta.Store on PostgreSQL (pgx v5 and its
// pool). It mirrors internal/store/sqlite file by file: the same tables,
// the same times as Unix milliseconds, the same errors at the edge.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"warta"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// writeLock is the advisory lock every write transaction and the
// migrations hold: writes are serialised as on SQLite's one writer, so the
// row code's read-then-write steps see no interleaving, across every node.
const writeLock = 0x77617274 // "wart"

// Store is a warta.Store on one PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	// clock is the store's clock (Now); OpenClock sets it.
	clock func() time.Time
}

// Open connects to the database at url (postgres://…) and applies any
// pending migrations. Its clock is the wall clock.
func Open(ctx context.Context, url string) (*Store, error) {
	return OpenClock(ctx, url, time.Now)
}

// OpenClock is Open with the given clock, which every transaction (Tx.Now)
// and every reader of Store.Now sees: tests pass a fixed one.
func OpenClock(ctx context.Context, url string, now func() time.Time) (*Store, error) {
	if now == nil {
		return nil, fmt.Errorf("open postgres: a clock is required")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	// No JIT compilation: Warta's queries are short, and the planner's
	// cost estimate for a search that ranks a few hundred matches passes
	// jit_above_cost, so compiling took longer than the query (search's
	// p95 over 100,000 stories fell from 45 ms to 37 ms without it). A
	// URL that sets jit itself wins.
	if _, set := cfg.ConnConfig.RuntimeParams["jit"]; !set {
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s := &Store{pool: pool, clock: now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if err := s.reindexIfStale(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: rebuild search index: %w", err)
	}
	return s, nil
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrate applies the embedded migrations not yet recorded, each in its
// own transaction, under the write lock so that nodes starting together
// apply each one once.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		version := strings.TrimSuffix(filepath.Base(name), ".sql")
		if err := s.migrateFile(ctx, name, version); err != nil {
			return fmt.Errorf("migrate %s: %w", version, err)
		}
	}
	return nil
}

func (s *Store) migrateFile(ctx context.Context, name, version string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx,
		`CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	// Exec without arguments uses the simple protocol, which runs a
	// file of several statements.
	if _, err := tx.Exec(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)`,
		version, s.clock().UnixMilli()); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Migrations lists the embedded migration names, for the test that keeps
// both dialects' lists equal.
func Migrations() []string {
	names, _ := fs.Glob(migrationFS, "migrations/*.sql")
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	sort.Strings(names)
	return names
}

// queryer is what both transaction kinds offer.
type queryer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// readTx implements warta.ReadTx.
type readTx struct {
	q queryer
}

// writeTx implements warta.Tx.
type writeTx struct {
	readTx
	now time.Time
}

func (tx *writeTx) Now() time.Time { return tx.now }

// Now returns the store's clock reading.
func (s *Store) Now() time.Time { return s.clock() }

// translate maps driver errors to domain errors at the edge.
func translate(err error, what string) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: what + " not found"}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505": // unique_violation
			return &warta.Error{Code: warta.ECONFLICT, Key: "error.slug_taken", Message: what + " already exists"}
		case "23503": // foreign_key_violation
			return &warta.Error{Code: warta.EINVALID, Key: "error.reference_invalid", Message: what + " refers to something that does not exist"}
		case "23514", "23502": // check_violation, not_null_violation
			return &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: what + " is invalid"}
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// translateTaken is translate with a specific message key for a unique
// violation, such as a taken e-mail address.
func translateTaken(err error, what, key string) error {
	err = translate(err, what)
	if we, ok := err.(*warta.Error); ok && we.Code == warta.ECONFLICT {
		we.Key = key
	}
	return err
}

// Exec runs a statement outside the domain: for tests and maintenance
// that must reach below the Store interface.
func (s *Store) Exec(ctx context.Context, query string, args ...any) error {
	_, err := s.pool.Exec(ctx, query, args...)
	return err
}
