package sqlite

import (
	"context"

	"warta"
)

func (tx *readTx) StoredSimilar(ctx context.Context, id int64, limit int) ([]*warta.Article, bool, error) {
	if limit <= 0 {
		return nil, false, nil
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT `+articleListColumns+` FROM article_similar s
		JOIN articles a ON a.id = s.similar_id
		WHERE s.article_id = ? AND s.position >= 0 AND a.status = 'published'
		ORDER BY s.position LIMIT ?`, id, limit)
	if err != nil {
		return nil, false, translate(err, "similar")
	}
	list, err := scanArticles(rows)
	if err != nil {
		return nil, false, translate(err, "similar")
	}
	if len(list) == 0 {
		// None left published, or none ever stored (no row, not even
		// the marker): only the second sends the caller to the search.
		var n int
		if err := tx.q.QueryRowContext(ctx, `SELECT count(*) FROM article_similar WHERE article_id = ?`, id).Scan(&n); err != nil {
			return nil, false, translate(err, "similar")
		}
		return nil, n > 0, nil
	}
	return list, true, tx.attachListRelations(ctx, list)
}

func (tx *writeTx) SetStoredSimilar(ctx context.Context, id int64, ids []int64) error {
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM article_similar WHERE article_id = ?`, id); err != nil {
		return translate(err, "similar")
	}
	// The marker row (position -1, the article itself) says "computed",
	// also when no similar story was found.
	ids = append([]int64{id}, ids...)
	for i, s := range ids {
		if _, err := tx.q.ExecContext(ctx, `INSERT INTO article_similar (article_id, position, similar_id) VALUES (?, ?, ?)`, id, i-1, s); err != nil {
			return translate(err, "similar")
		}
	}
	return nil
}

func (tx *readTx) ArticlesWithoutSimilar(ctx context.Context, limit int) ([]int64, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT a.id FROM articles a
		WHERE a.status = 'published' AND NOT EXISTS (SELECT 1 FROM article_similar s WHERE s.article_id = a.id)
		ORDER BY a.published_at DESC, a.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, translate(err, "similar")
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, translate(err, "similar")
		}
		ids = append(ids, id)
	}
	return ids, translate(rows.Err(), "similar")
}

func (tx *writeTx) ForgetSimilar(ctx context.Context, id int64) error {
	_, err := tx.q.ExecContext(ctx, `DELETE FROM article_similar WHERE article_id = ?`, id)
	return translate(err, "similar")
}
