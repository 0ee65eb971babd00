package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"warta"
)

var _ warta.Store = (*Store)(nil)

// View runs fn in a read-only REPEATABLE READ transaction: one snapshot
// for every query fn makes, as SQLite's read transactions give.
func (s *Store) View(ctx context.Context, fn func(warta.ReadTx) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer tx.Rollback(ctx)
	if err := fn(&readTx{q: rebinder{tx}}); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Update runs fn in a READ COMMITTED write transaction holding the write
// lock (see writeLock).
func (s *Store) Update(ctx context.Context, fn func(warta.Tx) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.ReadCommitted})
	if err != nil {
		return storageError(fmt.Errorf("begin write: %w", err))
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLock); err != nil {
		return storageError(fmt.Errorf("begin write: %w", err))
	}
	if err := fn(&writeTx{readTx: readTx{q: rebinder{tx}}, now: s.clock().UTC()}); err != nil {
		return storageError(err)
	}
	if err := tx.Commit(ctx); err != nil {
		return storageError(fmt.Errorf("commit: %w", err))
	}
	return nil
}

// storageError turns a full disk (53100, and the other class 53 limits)
// or a read-only server (25006: a standby, default_transaction_read_only)
// into the domain error SQLite's store gives for the same trouble: a
// clear 503 on the web and a readable CLI error, nothing saved.
func storageError(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "53100" || pe.Code == "53200" || pe.Code == "53400":
		return &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.storage_full",
			Message: "the database could not store the change: " + pe.Message + "; nothing was saved"}
	case pe.Code == "25006":
		return &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.storage_readonly",
			Message: "the database is read-only: " + pe.Message + "; nothing was saved"}
	}
	return err
}

// rebinder runs the row code's queries on a pgx transaction. The row code
// is SQLite's, query for query, and builds its statements from fragments
// ("IN (" + placeholders(n) + ")", optional filters), so the ? markers are
// numbered $1… here, once, at the edge, rather than by every builder.
type rebinder struct {
	tx pgx.Tx
}

func (r rebinder) Exec(ctx context.Context, query string, args ...any) (pgconn.CommandTag, error) {
	return r.tx.Exec(ctx, rebind(query), args...)
}

func (r rebinder) Query(ctx context.Context, query string, args ...any) (pgx.Rows, error) {
	return r.tx.Query(ctx, rebind(query), args...)
}

func (r rebinder) QueryRow(ctx context.Context, query string, args ...any) pgx.Row {
	return r.tx.QueryRow(ctx, rebind(query), args...)
}

// rebind turns each ? outside a quoted literal into $1, $2, ….
func rebind(query string) string {
	if !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n, quoted := 0, false
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
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
