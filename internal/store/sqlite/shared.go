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
	_, err := tx.addLoginFailure(ctx, key, at, expired, perKey, total)
	return err
}

// TakeLoginAttempt counts and inserts in one write transaction, and
// write transactions run one at a time, so no other attempt can come
// between the count and the insert.
func (tx *writeTx) TakeLoginAttempt(ctx context.Context, key string, at, expired time.Time, max, total int) (int64, []time.Time, error) {
	failures, err := tx.LoginFailures(ctx, key, expired)
	if err != nil {
		return 0, nil, err
	}
	if len(failures) >= max {
		return 0, failures, nil
	}
	id, err := tx.addLoginFailure(ctx, key, at, expired, max, total)
	return id, nil, err
}

func (tx *writeTx) DropLoginFailure(ctx context.Context, id int64) error {
	_, err := tx.q.ExecContext(ctx, `DELETE FROM login_failures WHERE id = ?`, id)
	return translate(err, "login failure")
}

// addLoginFailure is AddLoginFailure returning the new row's id.
func (tx *writeTx) addLoginFailure(ctx context.Context, key string, at, expired time.Time, perKey, total int) (int64, error) {
	if perKey < 1 || total < 1 {
		return 0, &warta.Error{Code: warta.EINVALID, Message: "login failures: perKey and total must be positive"}
	}
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM login_failures WHERE at <= ?`, expired.UnixMilli()); err != nil {
		return 0, translate(err, "login failure")
	}
	var id int64
	if err := tx.q.QueryRowContext(ctx, `INSERT INTO login_failures (key, at) VALUES (?, ?) RETURNING id`, key, at.UnixMilli()).Scan(&id); err != nil {
		return 0, translate(err, "login failure")
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		// Ids only grow, so the newest total rows are those above the
		// newest id less total; gaps leave fewer, never more.
		{`DELETE FROM login_failures WHERE id <= (SELECT max(id) FROM login_failures) - ?`, []any{total}},
		{`DELETE FROM login_failures WHERE key = ? AND id NOT IN
			(SELECT id FROM login_failures WHERE key = ? ORDER BY at DESC, id DESC LIMIT ?)`, []any{key, key, perKey}},
	} {
		if _, err := tx.q.ExecContext(ctx, q.sql, q.args...); err != nil {
			return 0, translate(err, "login failure")
		}
	}
	return id, nil
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
