package sqlite

import (
	"context"
	"time"

	"warta"
)

// Failed sign-ins and work claims: the state that several nodes share
// through the database instead of each keeping its own.

func (tx *readTx) LoginFailures(ctx context.Context, key string, since time.Time) ([]time.Time, error) {
	rows, err := tx.q.QueryContext(ctx, `SELECT at FROM login_failures WHERE key = ? AND at > ?
		ORDER BY at, id LIMIT ?`, key, since.UnixMilli(), warta.MaxLoginFailures)
	if err != nil {
		return nil, translate(err, "login failures")
	}
	defer rows.Close()
	var list []time.Time
	for rows.Next() {
		var at int64
		if err := rows.Scan(&at); err != nil {
			return nil, translate(err, "login failures")
		}
		list = append(list, time.UnixMilli(at).UTC())
	}
	return list, translate(rows.Err(), "login failures")
}

func (tx *writeTx) AddLoginFailure(ctx context.Context, key string, at, expired time.Time, perKey, total int) error {
	if perKey < 1 || total < 1 {
		return &warta.Error{Code: warta.EINVALID, Message: "login failures: perKey and total must be positive"}
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`DELETE FROM login_failures WHERE at <= ?`, []any{expired.UnixMilli()}},
		{`INSERT INTO login_failures (key, at) VALUES (?, ?)`, []any{key, at.UnixMilli()}},
		// Ids only grow, so the newest total rows are those above the
		// newest id less total; gaps leave fewer, never more.
		{`DELETE FROM login_failures WHERE id <= (SELECT max(id) FROM login_failures) - ?`, []any{total}},
		{`DELETE FROM login_failures WHERE key = ? AND id NOT IN
			(SELECT id FROM login_failures WHERE key = ? ORDER BY at DESC, id DESC LIMIT ?)`, []any{key, key, perKey}},
	} {
		if _, err := tx.q.ExecContext(ctx, q.sql, q.args...); err != nil {
			return translate(err, "login failure")
		}
	}
	return nil
}

func (tx *writeTx) ClearLoginFailures(ctx context.Context, key string) error {
	_, err := tx.q.ExecContext(ctx, `DELETE FROM login_failures WHERE key = ?`, key)
	return translate(err, "login failures")
}

func (tx *writeTx) Claim(ctx context.Context, name, holder string, expires time.Time) (bool, error) {
	now := tx.now.UnixMilli()
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM claims WHERE expires_at <= ?`, now); err != nil {
		return false, translate(err, "claim")
	}
	res, err := tx.q.ExecContext(ctx, `INSERT INTO claims (name, holder, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
		WHERE claims.holder = excluded.holder OR claims.expires_at <= ?`, name, holder, expires.UnixMilli(), now)
	if err != nil {
		return false, translate(err, "claim")
	}
	n, err := res.RowsAffected()
	return n == 1, translate(err, "claim")
}

func (tx *writeTx) ReleaseClaim(ctx context.Context, name, holder string) error {
	_, err := tx.q.ExecContext(ctx, `DELETE FROM claims WHERE name = ? AND holder = ?`, name, holder)
	return translate(err, "claim")
}
