package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
)

// BackupTo writes a consistent copy of the whole database to path, which
// must not exist, with VACUUM INTO: it reads one snapshot in a read
// transaction, so a server on the same file keeps reading and writing
// while the copy is made (WAL), and the copy is compact and has no WAL.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s already exists", path)
	}
	if _, err := s.reader.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		// The read pool is query_only; VACUUM INTO writes only the new
		// file, but some SQLite builds refuse it there: the writer can.
		if _, err2 := s.writer.ExecContext(ctx, "VACUUM INTO ?", path); err2 != nil {
			return fmt.Errorf("backup: %w", errors.Join(err, err2))
		}
	}
	return nil
}

// FileReport is what Inspect finds in a database file: the rows of each
// table and the verdict of PRAGMA integrity_check ("ok" when sound).
type FileReport struct {
	Tables    map[string]int64
	Integrity string
}

// Inspect opens the database file at path read-only, without migrating
// it, and counts the rows of every table and runs integrity_check: what a
// backup records in its manifest and a restore checks against.
func Inspect(ctx context.Context, path string) (*FileReport, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("inspect: %w", err)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	rep := &FileReport{Tables: map[string]int64{}}
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("inspect %s: %w", path, err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range names {
		var c int64
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(n, `"`, `""`)+`"`).Scan(&c); err != nil {
			return nil, fmt.Errorf("inspect %s: count %s: %w", path, n, err)
		}
		rep.Tables[n] = c
	}
	var verdicts []string
	rows, err = db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, fmt.Errorf("inspect %s: integrity_check: %w", path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		verdicts = append(verdicts, v)
	}
	rep.Integrity = strings.Join(verdicts, "; ")
	return rep, rows.Err()
}
