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
