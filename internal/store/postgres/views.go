package postgres

import (
	"context"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"warta"
)

// The window queries read only the rows of the window, through the
// (hour, article_id, views) index, and then each read article once by its
// key: their cost follows the reads of the last days, not the archive.
// The most-read list ranks ids alone, on the counts only, and reads the
// rows of the first limit+mostReadSlack: trashed stories are left out
// there, so a list comes out short only if more than mostReadSlack of the
// most read stories were trashed.
const (
	mostReadQuery = `SELECT ` + articleListColumns + `, t.views
		FROM (SELECT article_id, views FROM (` + windowReads + `) v
			ORDER BY views DESC, article_id DESC
			LIMIT ?) t
		JOIN articles a ON a.id = t.article_id
		WHERE a.status <> 'trashed'
		ORDER BY t.views DESC, t.article_id DESC
		LIMIT ?`
	sectionViewsQuery = `SELECT a.section_id, sum(v.views)::bigint
		FROM (` + windowReads + `) v JOIN articles a ON a.id = v.article_id
		WHERE a.status <> 'trashed'
		GROUP BY a.section_id`
	// windowReads sums each article's reads from an hour on, so what
	// follows looks up each read article once, not once per hour.
	windowReads = `SELECT article_id, sum(views)::bigint AS views FROM article_views_hourly
		WHERE hour >= ? GROUP BY article_id`
)

func (tx *writeTx) RecordViews(ctx context.Context, articleID int64, at time.Time, n int) error {
	// A story deleted since it was read adds no row, and says so: a
	// failed statement (the foreign key) would abort the counter's whole
	// transaction.
	res, err := tx.q.Exec(ctx, `INSERT INTO article_views (article_id, day, views)
		SELECT ?::bigint, ?::bigint, ?::bigint WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
		ON CONFLICT (article_id, day) DO UPDATE SET views = article_views.views + excluded.views`,
		articleID, dayStart(at).UnixMilli(), n, articleID)
	if err != nil {
		return translate(err, "views")
	}
	if res.RowsAffected() == 0 {
		return &warta.Error{Code: warta.EINVALID, Key: "error.not_found", Message: "views of an article that does not exist"}
	}
	_, err = tx.q.Exec(ctx, `INSERT INTO article_views_hourly (article_id, hour, views) VALUES (?, ?, ?)
		ON CONFLICT (article_id, hour) DO UPDATE SET views = article_views_hourly.views + excluded.views`,
		articleID, at.UTC().Truncate(time.Hour).UnixMilli(), n)
	return translate(err, "views")
}

func (tx *writeTx) PruneHourlyViews(ctx context.Context, before time.Time) error {
	_, err := tx.q.Exec(ctx, `DELETE FROM article_views_hourly WHERE hour < ?`, before.UnixMilli())
	return translate(err, "views")
}

// mostReadSlack is how many more ranked stories than asked for a
// most-read list looks at, to make up for trashed ones.
const mostReadSlack = 50

func (tx *readTx) MostReadArticles(ctx context.Context, since time.Time, limit int) ([]warta.ArticleViews, error) {
	limit = min(max(limit, 1), warta.MaxMostRead)
	rows, err := tx.q.Query(ctx, mostReadQuery, since.UnixMilli(), limit+mostReadSlack, limit)
	if err != nil {
		return nil, translate(err, "most read")
	}
	defer rows.Close()
	var list []warta.ArticleViews
	var articles []*warta.Article
	for rows.Next() {
		var v int
		a, err := scanArticle(scanWith{rows, []any{&v}})
		if err != nil {
			return nil, translate(err, "most read")
		}
		list = append(list, warta.ArticleViews{Article: a, Views: v})
		articles = append(articles, a)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "most read")
	}
	if err := tx.attachListRelations(ctx, articles); err != nil {
		return nil, err
	}
	return list, nil
}

func (tx *readTx) SectionViews(ctx context.Context, since time.Time) ([]warta.SectionViews, error) {
	sections, err := tx.FindSections(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := tx.q.Query(ctx, sectionViewsQuery, since.UnixMilli())
	if err != nil {
		return nil, translate(err, "section views")
	}
	counts, err := scanCounts(rows)
	if err != nil {
		return nil, translate(err, "section views")
	}
	list := make([]warta.SectionViews, len(sections))
	for i, s := range sections {
		list[i] = warta.SectionViews{Section: s, Views: counts[s.ID]}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Views > list[j].Views })
	return list, nil
}

func (tx *readTx) ArticleViewCounts(ctx context.Context, ids []int64, since time.Time) (map[int64]int, error) {
	if len(ids) > warta.MaxViewCountIDs {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "too many articles for view counts"}
	}
	if len(ids) == 0 {
		return map[int64]int{}, nil
	}
	rows, err := tx.q.Query(ctx, `SELECT article_id, sum(views)::bigint FROM article_views_hourly
		WHERE article_id IN (`+placeholders(len(ids))+`) AND hour >= ?
		GROUP BY article_id`, append(int64Args(ids), since.UnixMilli())...)
	if err != nil {
		return nil, translate(err, "view counts")
	}
	counts, err := scanCounts(rows)
	return counts, translate(err, "view counts")
}

// scanCounts reads and closes rows of (id, count).
func scanCounts(rows pgx.Rows) (map[int64]int, error) {
	defer rows.Close()
	counts := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		counts[id] = n
	}
	return counts, rows.Err()
}
