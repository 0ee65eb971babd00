package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"warta"
)

const pageColumns = `id, slug, title, body_html, status, position, created_at, modified_at, published_at, version`

// scanPage reads one row of pageColumns.
func scanPage(row interface{ Scan(...any) error }) (*warta.Page, error) {
	var p warta.Page
	var created, modified, published sql.NullInt64
	if err := row.Scan(&p.ID, &p.Slug, &p.Title, &p.BodyHTML, &p.Status, &p.Position, &created, &modified, &published, &p.Version); err != nil {
		return nil, err
	}
	p.CreatedAt, p.ModifiedAt, p.PublishedAt = fromMillis(created), fromMillis(modified), fromMillis(published)
	return &p, nil
}

func (tx *readTx) FindPageByID(ctx context.Context, id int64) (*warta.Page, error) {
	p, err := scanPage(tx.q.QueryRow(ctx, `SELECT `+pageColumns+` FROM pages WHERE id = ?`, id))
	return p, translate(err, "page")
}

func (tx *readTx) FindPageBySlug(ctx context.Context, slug string) (*warta.Page, error) {
	p, err := scanPage(tx.q.QueryRow(ctx, `SELECT `+pageColumns+` FROM pages WHERE slug = ?`, slug))
	return p, translate(err, "page")
}

func (tx *readTx) FindPages(ctx context.Context, f warta.PageFilter) ([]*warta.Page, int, error) {
	where, args := "", []any{}
	if f.Status != nil {
		where, args = ` WHERE status = ?`, append(args, string(*f.Status))
	}
	var total int
	if err := tx.q.QueryRow(ctx, `SELECT count(*) FROM pages`+where, args...).Scan(&total); err != nil {
		return nil, 0, translate(err, "pages")
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := tx.q.Query(ctx, `SELECT `+pageColumns+` FROM pages`+where+` ORDER BY position, title, id`+limit, args...)
	if err != nil {
		return nil, 0, translate(err, "pages")
	}
	defer rows.Close()
	var list []*warta.Page
	for rows.Next() {
		p, err := scanPage(rows)
		if err != nil {
			return nil, 0, translate(err, "pages")
		}
		list = append(list, p)
	}
	return list, total, translate(rows.Err(), "pages")
}

func (tx *writeTx) CreatePage(ctx context.Context, p *warta.Page) error {
	if err := p.Validate(); err != nil {
		return err
	}
	var id int64
	err := tx.q.QueryRow(ctx, `INSERT INTO pages (slug, title, body_html, status, position, created_at, modified_at, published_at, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id`,
		p.Slug, p.Title, p.BodyHTML, string(p.Status), p.Position, tx.now.UnixMilli(), tx.now.UnixMilli(), toMillis(p.PublishedAt)).Scan(&id)
	if err != nil {
		return translate(err, "page")
	}
	if err != nil {
		return translate(err, "page")
	}
	p.ID, p.CreatedAt, p.ModifiedAt, p.Version = id, tx.now, tx.now, 1
	return nil
}

func (tx *writeTx) UpdatePage(ctx context.Context, p *warta.Page) error {
	if err := p.Validate(); err != nil {
		return err
	}
	var version int
	err := tx.q.QueryRow(ctx, `UPDATE pages SET slug = ?, title = ?, body_html = ?, status = ?, position = ?,
		modified_at = ?, published_at = ?, version = version + 1 WHERE id = ? RETURNING version`,
		p.Slug, p.Title, p.BodyHTML, string(p.Status), p.Position, tx.now.UnixMilli(), toMillis(p.PublishedAt), p.ID).Scan(&version)
	if err != nil {
		return translate(err, "page")
	}
	p.ModifiedAt, p.Version = tx.now, version
	return nil
}

func (tx *writeTx) DeletePage(ctx context.Context, id int64) error {
	res, err := tx.q.Exec(ctx, `DELETE FROM pages WHERE id = ?`, id)
	return rowsOrNotFound(res, err, "page")
}
