package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Ready reports whether the database answers and every embedded
// migration is recorded in schema_migrations: what /readyz asks before a
// load balancer sends readers to this node. A database migrated by an
// older binary only is not ready for this one.
func (s *Store) Ready(ctx context.Context) error {
	rows, err := s.pool.Query(ctx, `SELECT version FROM schema_migrations`)
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

// Stats returns the connection pool's statistics, for the metrics
// collector to read at scrape time.
func (s *Store) Stats() *pgxpool.Stat { return s.pool.Stat() }
