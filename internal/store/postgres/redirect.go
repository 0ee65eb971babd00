package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"warta"
)

func (tx *readTx) FindRedirect(ctx context.Context, fromPath string) (string, error) {
	var to string
	err := tx.q.QueryRow(ctx, `SELECT to_path FROM redirects WHERE from_path = ?`, fromPath).Scan(&to)
	return to, translate(err, "redirect")
}

func (tx *readTx) FindRedirects(ctx context.Context, f warta.RedirectFilter) ([]*warta.Redirect, int, error) {
	var conds []string
	var args []any
	if f.Contains != "" {
		conds = append(conds, `(from_path ILIKE ? ESCAPE '\' OR to_path ILIKE ? ESCAPE '\')`)
		like := "%" + likeEscaper.Replace(f.Contains) + "%"
		args = append(args, like, like)
	}
	if f.To != "" {
		conds = append(conds, `to_path = ?`)
		args = append(args, f.To)
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := tx.q.QueryRow(ctx, `SELECT count(*) FROM redirects`+where, args...).Scan(&total); err != nil {
		return nil, 0, translate(err, "redirects")
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := tx.q.Query(ctx, `SELECT from_path, to_path, created_at, coalesce(created_by, 0) FROM redirects`+
		where+` ORDER BY created_at DESC, from_path`+limit, args...)
	if err != nil {
		return nil, 0, translate(err, "redirects")
	}
	defer rows.Close()
	var list []*warta.Redirect
	for rows.Next() {
		var r warta.Redirect
		var created sql.NullInt64
		if err := rows.Scan(&r.From, &r.To, &created, &r.CreatedBy); err != nil {
			return nil, 0, translate(err, "redirects")
		}
		r.CreatedAt = fromMillis(created)
		list = append(list, &r)
	}
	return list, total, translate(rows.Err(), "redirects")
}

func (tx *writeTx) CreateRedirect(ctx context.Context, r *warta.Redirect) error {
	if err := r.Validate(); err != nil {
		return err
	}
	r.CreatedAt = tx.now
	_, err := tx.q.Exec(ctx, `INSERT INTO redirects (from_path, to_path, created_at, created_by) VALUES (?, ?, ?, ?)
		ON CONFLICT (from_path) DO UPDATE SET to_path = excluded.to_path, created_at = excluded.created_at, created_by = excluded.created_by`,
		r.From, r.To, r.CreatedAt.UnixMilli(), nullID(r.CreatedBy))
	return translate(err, "redirect")
}

func (tx *writeTx) RepointRedirects(ctx context.Context, oldTo, newTo string) (int, error) {
	if err := warta.ValidRedirectTo(newTo); err != nil {
		return 0, err
	}
	res, err := tx.q.Exec(ctx, `UPDATE redirects SET to_path = ? WHERE to_path = ?`, newTo, oldTo)
	if err != nil {
		return 0, translate(err, "redirects")
	}
	n := res.RowsAffected()
	return int(n), translate(err, "redirects")
}

func (tx *writeTx) DeleteRedirect(ctx context.Context, fromPath string) error {
	res, err := tx.q.Exec(ctx, `DELETE FROM redirects WHERE from_path = ?`, fromPath)
	if err != nil {
		return translate(err, "redirect")
	}
	if n := res.RowsAffected(); n == 0 {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "redirect not found"}
	}
	return nil
}
