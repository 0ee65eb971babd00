package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Ready reports whether the database answers on the read pool and every
// embedded migration is recorded in schema_migrations: what /readyz asks
// before a load balancer sends readers here. A database another binary
// migrated back, or one restored from an older backup, is not ready.
func (s *Store) Ready(ctx context.Context) error {
	rows, err := s.reader.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	defer rows.Close()
	applied := map[string]bool{}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return fmt.Errorf("database: %w", err)
		}
		applied[v] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	for _, name := range Migrations() {
		if v := strings.TrimSuffix(name, ".sql"); !applied[v] {
			return fmt.Errorf("migration %s not applied", v)
		}
	}
	return nil
}

// Stats returns the connection statistics of the read pool and of the one
// writer connection, for the metrics collector to read at scrape time.
func (s *Store) Stats() (reader, writer sql.DBStats) {
	return s.reader.Stats(), s.writer.Stats()
}
