// Package sqlite implements warta.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go): WAL mode, one writer connection for every
// write transaction and a pool of read-only connections for readers.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"warta"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is a warta.Store on one SQLite file.
type Store struct {
	writer *sql.DB
	reader *sql.DB
	// clock is the store's clock (Now); OpenClock sets it.
	clock func() time.Time
}

var _ warta.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies any
// pending migrations. Its clock is the wall clock.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenClock(ctx, path, time.Now)
}

// OpenClock is Open with the given clock, which every transaction (Tx.Now)
// and every reader of Store.Now sees: tests pass a fixed one.
func OpenClock(ctx context.Context, path string, now func() time.Time) (*Store, error) {
	if now == nil {
		return nil, fmt.Errorf("open sqlite: a clock is required")
	}
	if path == "" || path == ":memory:" {
		return nil, fmt.Errorf("open sqlite: a file path is required")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	pragmas := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=journal_mode(WAL)"
	base := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + pragmas
	writer, err := sql.Open("sqlite", base+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite writer: %w", err)
	}
	writer.SetMaxOpenConns(1)
	writer.SetMaxIdleConns(1)
	writer.SetConnMaxIdleTime(0)
	if err := writer.PingContext(ctx); err != nil {
		writer.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	s := &Store{writer: writer, clock: now}
	if err := s.migrate(ctx); err != nil {
		writer.Close()
		return nil, err
	}
	if err := s.reindexIfStale(ctx); err != nil {
		writer.Close()
		return nil, fmt.Errorf("open sqlite: rebuild search index: %w", err)
	}
	reader, err := openCachedReader(base + "&_pragma=query_only(1)")
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("open sqlite reader: %w", err)
	}
	n := max(4, 2*runtime.NumCPU())
	reader.SetMaxOpenConns(n)
	reader.SetMaxIdleConns(n)
	reader.SetConnMaxIdleTime(0)
	s.reader = reader
	return s, nil
}

// Close closes both pools after a last WAL checkpoint and optimize.
func (s *Store) Close() error {
	var errs []error
	if s.reader != nil {
		errs = append(errs, s.reader.Close())
	}
	if s.writer != nil {
		_, _ = s.writer.Exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);")
		errs = append(errs, s.writer.Close())
	}
	return errors.Join(errs...)
}

// migrate applies the embedded migrations not yet recorded, each in its
// own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.writer.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
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
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := migrationFS.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		version, s.clock().UnixMilli()); err != nil {
		return err
	}
	return tx.Commit()
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

// View runs fn in a read transaction on the read pool.
func (s *Store) View(ctx context.Context, fn func(warta.ReadTx) error) error {
	tx, err := s.reader.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer tx.Rollback()
	if err := fn(&readTx{q: tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// Update runs fn in an immediate write transaction on the writer.
func (s *Store) Update(ctx context.Context, fn func(warta.Tx) error) error {
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return storageError(fmt.Errorf("begin write: %w", err))
	}
	defer tx.Rollback()
	if err := fn(&writeTx{readTx: readTx{q: tx}, now: s.clock().UTC()}); err != nil {
		return storageError(err)
	}
	if err := tx.Commit(); err != nil {
		return storageError(fmt.Errorf("commit: %w", err))
	}
	return nil
}

// storageError turns a full disk or a read-only database, wherever in a
// write it surfaced, into a domain error the web layer answers with a
// clear 503 and the CLI prints as is; the transaction is rolled back, so
// the database keeps what it had.
func storageError(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		return &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.storage_full",
			Message: "the database could not grow: the disk (or its size limit) is full; nothing was saved: " + se.Error()}
	case sqlite3.SQLITE_READONLY:
		return &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.storage_readonly",
			Message: "the database is read-only (check the data directory's permissions and mount); nothing was saved: " + se.Error()}
	}
	return err
}

// queryer is what both transaction kinds offer.
type queryer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
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
	if errors.Is(err, sql.ErrNoRows) {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: what + " not found"}
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return &warta.Error{Code: warta.ECONFLICT, Key: "error.slug_taken", Message: what + " already exists"}
		case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
			return &warta.Error{Code: warta.EINVALID, Key: "error.reference_invalid", Message: what + " refers to something that does not exist"}
		case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL:
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

// Times are stored as Unix milliseconds; the zero time is NULL.
func toMillis(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

func fromMillis(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64).UTC()
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// placeholders returns "?, ?, ?" for n values.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

func int64Args(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

// Exec runs a statement on the writer, outside the domain: for tests and
// maintenance that must reach below the Store interface.
func (s *Store) Exec(ctx context.Context, query string, args ...any) error {
	_, err := s.writer.ExecContext(ctx, query, args...)
	return err
}
