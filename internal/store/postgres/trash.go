package postgres

import (
	"context"
	"database/sql"

	"warta"
)

func (tx *readTx) FindTombstone(ctx context.Context, path string) (*warta.Tombstone, error) {
	var t warta.Tombstone
	var created sql.NullInt64
	err := tx.q.QueryRow(ctx, `SELECT path, created_at FROM tombstones WHERE path = ?`, path).Scan(&t.Path, &created)
	if err != nil {
		return nil, translate(err, "tombstone")
	}
	t.CreatedAt = fromMillis(created)
	return &t, nil
}

func (tx *writeTx) CreateTombstone(ctx context.Context, t *warta.Tombstone) error {
	if err := warta.ValidRedirectFrom(t.Path); err != nil {
		return err
	}
	t.CreatedAt = tx.now
	_, err := tx.q.Exec(ctx, `INSERT INTO tombstones (path, created_at) VALUES (?, ?)
		ON CONFLICT (path) DO NOTHING`, t.Path, t.CreatedAt.UnixMilli())
	return translate(err, "tombstone")
}
