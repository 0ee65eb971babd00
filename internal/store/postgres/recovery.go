package postgres

import (
	"context"
	"database/sql"

	"warta"
)

func (tx *readTx) CountRecoveryCodes(ctx context.Context, userID int64) (int, error) {
	var n int
	err := tx.q.QueryRow(ctx, `SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL`, userID).Scan(&n)
	return n, translate(err, "recovery codes")
}

func (tx *writeTx) ReplaceRecoveryCodes(ctx context.Context, userID int64, hashes []string) error {
	if _, err := tx.q.Exec(ctx, `DELETE FROM recovery_codes WHERE user_id = ?`, userID); err != nil {
		return translate(err, "recovery codes")
	}
	for _, h := range hashes {
		if _, err := tx.q.Exec(ctx, `INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)`,
			userID, h, tx.now.UnixMilli()); err != nil {
			return translate(err, "recovery code")
		}
	}
	return nil
}

func (tx *writeTx) UseRecoveryCode(ctx context.Context, userID int64, hash string) error {
	res, err := tx.q.Exec(ctx, `UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL`,
		tx.now.UnixMilli(), userID, hash)
	if err != nil {
		return translate(err, "recovery code")
	}
	if n := res.RowsAffected(); err != nil || n == 1 {
		return translate(err, "recovery code")
	}
	var used sql.NullInt64
	if err := tx.q.QueryRow(ctx, `SELECT used_at FROM recovery_codes WHERE user_id = ? AND code_hash = ?`, userID, hash).Scan(&used); err != nil {
		return translate(err, "recovery code")
	}
	return &warta.Error{Code: warta.ECONFLICT, Message: "recovery code already used"}
}
