package sqlite

import (
	"context"
	"database/sql"
	"time"

	"warta"
)

// The transparency logs (/koreksi and the takedown log) read only stories
// readers saw: notes on published stories, and stories withdrawn after
// publication that are still off the site.

const correctionLogWhere = ` FROM corrections c JOIN articles a ON a.id = c.article_id WHERE a.status = 'published'`

func (tx *readTx) FindCorrectionLog(ctx context.Context, limit, offset int) ([]*warta.Correction, int, error) {
	var total int
	if err := tx.q.QueryRowContext(ctx, `SELECT count(*)`+correctionLogWhere).Scan(&total); err != nil {
		return nil, 0, translate(err, "corrections")
	}
	if limit <= 0 || offset >= total {
		return nil, total, nil
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT c.id, c.article_id, c.kind, c.note, c.created_at`+correctionLogWhere+`
		ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, translate(err, "corrections")
	}
	defer rows.Close()
	var list []*warta.Correction
	for rows.Next() {
		var c warta.Correction
		var kind string
		var created sql.NullInt64
		if err := rows.Scan(&c.ID, &c.ArticleID, &kind, &c.Note, &created); err != nil {
			return nil, 0, translate(err, "corrections")
		}
		c.Kind, c.CreatedAt = warta.CorrectionKind(kind), fromMillis(created)
		list = append(list, &c)
	}
	return list, total, translate(rows.Err(), "corrections")
}

// takedownWhere selects the stories readers saw that are now off the site
// (their address answers 410); the time is the recorded withdrawal, else
// the deletion, else the last change.
const takedownWhere = ` FROM articles a LEFT JOIN takedowns t ON t.article_id = a.id
	WHERE a.status = 'unpublished' OR (a.status = 'trashed' AND a.published_at IS NOT NULL AND a.published_at > 0)`

const takedownAt = `coalesce(t.created_at, a.trashed_at, a.modified_at)`

func (tx *readTx) FindTakedowns(ctx context.Context, limit, offset int) ([]*warta.Takedown, int, error) {
	var total int
	if err := tx.q.QueryRowContext(ctx, `SELECT count(*)`+takedownWhere).Scan(&total); err != nil {
		return nil, 0, translate(err, "takedowns")
	}
	if limit <= 0 || offset >= total {
		return nil, total, nil
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT a.id, a.removal_reason, `+takedownAt+takedownWhere+`
		ORDER BY `+takedownAt+` DESC, a.id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, translate(err, "takedowns")
	}
	defer rows.Close()
	var list []*warta.Takedown
	for rows.Next() {
		var t warta.Takedown
		var at sql.NullInt64
		if err := rows.Scan(&t.ArticleID, &t.Reason, &at); err != nil {
			return nil, 0, translate(err, "takedowns")
		}
		t.At = fromMillis(at)
		list = append(list, &t)
	}
	return list, total, translate(rows.Err(), "takedowns")
}

func (tx *writeTx) RecordTakedown(ctx context.Context, id int64, at time.Time) error {
	if at.IsZero() {
		at = tx.now
	}
	_, err := tx.q.ExecContext(ctx, `INSERT INTO takedowns (article_id, created_at) VALUES (?, ?)
		ON CONFLICT (article_id) DO UPDATE SET created_at = excluded.created_at`, id, at.UnixMilli())
	return translate(err, "takedown")
}
