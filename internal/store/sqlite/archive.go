package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"warta"
)

// FindArticleLinks reads the light columns with the featured media joined
// in, one query whatever the number of rows, and no IN lists that could
// outgrow SQLite's limit on parameters.
func (tx *readTx) FindArticleLinks(ctx context.Context, f warta.ArticleFilter) ([]*warta.Article, error) {
	f.PerSection, f.SectionIDs = 0, nil
	where, args := articleWhere(f)
	order := " ORDER BY a.published_at DESC NULLS LAST, a.id DESC"
	if f.Order == warta.OrderOldest {
		order = " ORDER BY a.published_at ASC NULLS LAST, a.id ASC"
	} else if f.Order == warta.OrderModified {
		order = " ORDER BY a.modified_at DESC, a.id DESC"
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT a.id, a.slug, a.title, a.status, a.label, a.section_id,
		a.published_at, a.updated_at, a.modified_at, coalesce(a.featured_media_id, 0),
		coalesce(m.key, ''), coalesce(m.mime_type, ''), coalesce(m.width, 0), coalesce(m.height, 0), coalesce(m.variants, '[]')
		FROM articles a LEFT JOIN media m ON m.id = a.featured_media_id`+where+order+limit, args...)
	if err != nil {
		return nil, translate(err, "article links")
	}
	defer rows.Close()
	var list []*warta.Article
	var sectionIDs []int64
	media := map[int64]*warta.Media{} // articles often share a photo: decode its variants once
	for rows.Next() {
		var a warta.Article
		var status, label, variants string
		var published, updated, modified sql.NullInt64
		var m warta.Media
		if err := rows.Scan(&a.ID, &a.Slug, &a.Title, &status, &label, &a.SectionID, &published, &updated, &modified,
			&a.FeaturedMediaID, &m.Key, &m.MimeType, &m.Width, &m.Height, &variants); err != nil {
			return nil, translate(err, "article links")
		}
		a.Status, a.Label = warta.Status(status), warta.Label(label)
		a.PublishedAt, a.UpdatedAt, a.ModifiedAt = fromMillis(published), fromMillis(updated), fromMillis(modified)
		if id := a.FeaturedMediaID; id != 0 && m.Key != "" {
			if seen, ok := media[id]; ok {
				a.FeaturedMedia = seen
			} else {
				m.ID = id
				if err := json.Unmarshal([]byte(variants), &m.Variants); err != nil {
					return nil, fmt.Errorf("media %d variants: %w", id, err)
				}
				media[id] = &m
				a.FeaturedMedia = &m
			}
		}
		list = append(list, &a)
		sectionIDs = append(sectionIDs, a.SectionID)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "article links")
	}
	rows.Close()
	sections, err := tx.sectionsByID(ctx, sectionIDs)
	if err != nil {
		return nil, err
	}
	for _, a := range list {
		a.Section = sections[a.SectionID]
	}
	return list, nil
}

// CountPublishedByMonth finds the first and last publication through the
// (status, published_at) index, cuts the span into months in loc (a zone
// SQLite does not know), and counts each month's range in one query.
func (tx *readTx) CountPublishedByMonth(ctx context.Context, loc *time.Location) ([]warta.MonthCount, error) {
	var first, last sql.NullInt64
	if err := tx.q.QueryRowContext(ctx, `SELECT min(published_at) FROM articles WHERE status = 'published'`).Scan(&first); err != nil {
		return nil, translate(err, "months")
	}
	if !first.Valid {
		return nil, nil
	}
	if err := tx.q.QueryRowContext(ctx, `SELECT max(published_at) FROM articles WHERE status = 'published'`).Scan(&last); err != nil {
		return nil, translate(err, "months")
	}
	var months []time.Time
	t := fromMillis(first).In(loc)
	for m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc); !m.After(fromMillis(last)); m = m.AddDate(0, 1, 0) {
		months = append(months, m)
	}
	// Bound the query's size: a few centuries of archive at most.
	const batch = 1000
	var out []warta.MonthCount
	for start := 0; start < len(months); start += batch {
		part := months[start:min(start+batch, len(months))]
		values := make([]string, len(part))
		args := make([]any, 0, 3*len(part))
		for i, m := range part {
			values[i] = "(?, ?, ?)"
			args = append(args, i, m.UnixMilli(), m.AddDate(0, 1, 0).UnixMilli())
		}
		rows, err := tx.q.QueryContext(ctx, `WITH m(i, lo, hi) AS (VALUES `+strings.Join(values, ", ")+`)
			SELECT m.i, count(*), max(max(a.published_at, coalesce(a.updated_at, 0)))
			FROM m JOIN articles a ON a.status = 'published' AND a.published_at >= m.lo AND a.published_at < m.hi
			GROUP BY m.i ORDER BY m.i`, args...)
		if err != nil {
			return nil, translate(err, "months")
		}
		for rows.Next() {
			var i, n int
			var lastMod sql.NullInt64
			if err := rows.Scan(&i, &n, &lastMod); err != nil {
				rows.Close()
				return nil, translate(err, "months")
			}
			out = append(out, warta.MonthCount{Month: part[i], Count: n, LastMod: fromMillis(lastMod)})
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, translate(err, "months")
		}
	}
	return out, nil
}

func (tx *readTx) CountPublishedByList(ctx context.Context) ([]warta.ListCount, error) {
	queries := []struct {
		kind  warta.ListKind
		query string
	}{
		// CROSS JOIN fixes the join order for SQLite: each section's range
		// of the (section_id, status, published_at) index, not every
		// article's row; and for authors and tags, the published articles
		// on their covering index with each one's links looked up, three
		// times faster than every link with its article looked up.
		{warta.ListSection, `SELECT s.id, s.slug, count(*), max(a.published_at) FROM sections s
			CROSS JOIN articles a ON a.section_id = s.id AND a.status = 'published' GROUP BY s.id ORDER BY s.slug`},
		{warta.ListAuthor, `SELECT p.id, p.slug, x.n, x.last FROM (SELECT aa.person_id, count(*) AS n, max(a.published_at) AS last
			FROM articles a CROSS JOIN article_authors aa ON aa.article_id = a.id
			WHERE a.status = 'published' GROUP BY aa.person_id) x JOIN people p ON p.id = x.person_id ORDER BY p.slug`},
		{warta.ListTag, `SELECT t.id, t.slug, x.n, x.last FROM (SELECT at.tag_id, count(*) AS n, max(a.published_at) AS last
			FROM articles a CROSS JOIN article_tags at ON at.article_id = a.id
			WHERE a.status = 'published' GROUP BY at.tag_id) x JOIN tags t ON t.id = x.tag_id ORDER BY t.slug`},
	}
	var out []warta.ListCount
	for _, q := range queries {
		rows, err := tx.q.QueryContext(ctx, q.query)
		if err != nil {
			return nil, translate(err, "lists")
		}
		for rows.Next() {
			c := warta.ListCount{Kind: q.kind}
			var last sql.NullInt64
			if err := rows.Scan(&c.ID, &c.Slug, &c.Count, &last); err != nil {
				rows.Close()
				return nil, translate(err, "lists")
			}
			c.LastPublished = fromMillis(last)
			out = append(out, c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, translate(err, "lists")
		}
	}
	return out, nil
}
