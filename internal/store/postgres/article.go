package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"warta"
)

const articleColumns = `a.id, a.slug, a.title, a.dek, a.dateline, a.body_html, a.label, a.breaking,
	a.section_id, coalesce(a.featured_media_id, 0), a.status, a.publish_at, a.published_at, a.updated_at,
	a.created_at, a.modified_at, a.version, a.word_count, coalesce(a.owner_id, 0), a.seo_title, a.seo_description,
	a.removal_reason, a.trashed_at, coalesce(a.trashed_by, 0), a.trashed_from,
	a.needs_verification, a.sponsor, coalesce(a.follows_id, 0)`

// articleListColumns leaves out the body, which lists never show.
const articleListColumns = `a.id, a.slug, a.title, a.dek, a.dateline, '', a.label, a.breaking,
	a.section_id, coalesce(a.featured_media_id, 0), a.status, a.publish_at, a.published_at, a.updated_at,
	a.created_at, a.modified_at, a.version, a.word_count, coalesce(a.owner_id, 0), a.seo_title, a.seo_description,
	a.removal_reason, a.trashed_at, coalesce(a.trashed_by, 0), a.trashed_from,
	a.needs_verification, a.sponsor, coalesce(a.follows_id, 0)`

// scanArticles reads and closes a list query's rows; with extra, each row
// ends in one more column, scanned into it.
func scanArticles(rows pgx.Rows, extra ...any) ([]*warta.Article, error) {
	defer rows.Close()
	var list []*warta.Article
	for rows.Next() {
		a, err := scanArticle(scanWith{rows, extra})
		if err != nil {
			return nil, err
		}
		list = append(list, a)
	}
	return list, rows.Err()
}

// scanWith appends destinations to every Scan.
type scanWith struct {
	rows  pgx.Rows
	extra []any
}

func (s scanWith) Scan(dest ...any) error { return s.rows.Scan(append(dest, s.extra...)...) }

func scanArticle(row interface{ Scan(...any) error }) (*warta.Article, error) {
	var a warta.Article
	var publishAt, publishedAt, updatedAt, createdAt, modifiedAt, trashedAt sql.NullInt64
	var label, status, trashedFrom string
	if err := row.Scan(&a.ID, &a.Slug, &a.Title, &a.Dek, &a.Dateline, &a.BodyHTML, &label, &a.Breaking,
		&a.SectionID, &a.FeaturedMediaID, &status, &publishAt, &publishedAt, &updatedAt,
		&createdAt, &modifiedAt, &a.Version, &a.WordCount, &a.OwnerID, &a.SEOTitle, &a.SEODescription,
		&a.RemovalReason, &trashedAt, &a.TrashedBy, &trashedFrom,
		&a.NeedsVerification, &a.Sponsor, &a.FollowsID); err != nil {
		return nil, err
	}
	a.Label, a.Status, a.TrashedFrom = warta.Label(label), warta.Status(status), warta.Status(trashedFrom)
	a.TrashedAt = fromMillis(trashedAt)
	a.PublishAt, a.PublishedAt, a.UpdatedAt = fromMillis(publishAt), fromMillis(publishedAt), fromMillis(updatedAt)
	a.CreatedAt, a.ModifiedAt = fromMillis(createdAt), fromMillis(modifiedAt)
	return &a, nil
}

func (tx *readTx) FindArticleByID(ctx context.Context, id int64) (*warta.Article, error) {
	return tx.findArticle(ctx, "a.id = ?", id)
}

func (tx *readTx) FindArticleBySlug(ctx context.Context, slug string) (*warta.Article, error) {
	return tx.findArticle(ctx, "a.slug = ?", slug)
}

func (tx *readTx) findArticle(ctx context.Context, where string, arg any) (*warta.Article, error) {
	a, err := tx.findArticleBase(ctx, where, arg)
	if err != nil {
		return nil, err
	}
	if err := tx.attachRelated(ctx, a); err != nil {
		return nil, err
	}
	if err := tx.attachCorrections(ctx, a); err != nil {
		return nil, err
	}
	if err := tx.attachFollows(ctx, a); err != nil {
		return nil, err
	}
	return a, nil
}

// findArticleBase loads an article's own columns, section, authors and
// tags: what the search index reads (ReindexArticle), and what
// findArticle completes with the related lists, corrections and
// follow-ups a page shows.
func (tx *readTx) findArticleBase(ctx context.Context, where string, arg any) (*warta.Article, error) {
	a, err := scanArticle(tx.q.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles a WHERE `+where, arg))
	if err != nil {
		return nil, translate(err, "article")
	}
	if err := tx.attachListRelations(ctx, []*warta.Article{a}); err != nil {
		return nil, err
	}
	if err := tx.attachTags(ctx, a); err != nil {
		return nil, err
	}
	return a, nil
}

// attachFollows loads the published story a follows up and the
// published stories that follow a up, newest first.
func (tx *readTx) attachFollows(ctx context.Context, a *warta.Article) error {
	published := warta.StatusPublished
	a.Follows, a.FollowUps = nil, nil
	if a.FollowsID != 0 {
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{IDs: []int64{a.FollowsID}, Status: &published, NoTotal: true})
		if err != nil {
			return err
		}
		if len(list) == 1 {
			a.Follows = list[0]
		}
	}
	list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Follows: &a.ID, Status: &published, Limit: warta.MaxFollowUps, NoTotal: true})
	a.FollowUps = list
	return err
}

// articleWhere builds the WHERE clause for a filter.
func articleWhere(f warta.ArticleFilter) (string, []any) {
	var conds []string
	var args []any
	if len(f.IDs) > 0 {
		conds = append(conds, "a.id IN ("+placeholders(len(f.IDs))+")")
		args = append(args, int64Args(f.IDs)...)
	}
	if f.SectionID != nil {
		conds = append(conds, "a.section_id = ?")
		args = append(args, *f.SectionID)
	}
	if f.TagID != nil {
		conds = append(conds, "a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)")
		args = append(args, *f.TagID)
	}
	if f.AuthorID != nil {
		conds = append(conds, "a.id IN (SELECT article_id FROM article_authors WHERE person_id = ?)")
		args = append(args, *f.AuthorID)
	}
	if f.Status != nil {
		conds = append(conds, "a.status = ?")
		args = append(args, string(*f.Status))
	}
	if f.Breaking != nil {
		conds = append(conds, "a.breaking = ?")
		args = append(args, *f.Breaking)
	}
	if f.Follows != nil {
		conds = append(conds, "a.follows_id = ?")
		args = append(args, *f.Follows)
	}
	if f.PublishedFrom != nil {
		conds = append(conds, "a.published_at >= ?")
		args = append(args, f.PublishedFrom.UnixMilli())
	}
	if f.PublishedBefore != nil {
		conds = append(conds, "a.published_at < ?")
		args = append(args, f.PublishedBefore.UnixMilli())
	}
	if f.OwnerID != nil {
		conds = append(conds, "a.owner_id = ?")
		args = append(args, *f.OwnerID)
	}
	if f.DueBy != nil {
		conds = append(conds, "a.status = 'scheduled' AND a.publish_at <= ?")
		args = append(args, f.DueBy.UnixMilli())
	}
	if f.TitleContains != "" {
		conds = append(conds, "a.title ILIKE ? ESCAPE '\\'")
		args = append(args, "%"+likeEscaper.Replace(f.TitleContains)+"%")
	}
	if len(f.ExcludeIDs) > 0 {
		conds = append(conds, "a.id NOT IN ("+placeholders(len(f.ExcludeIDs))+")")
		args = append(args, int64Args(f.ExcludeIDs)...)
	}
	for _, s := range f.ExcludeStatuses {
		conds = append(conds, "a.status <> ?")
		args = append(args, string(s))
	}
	if f.Label != nil {
		conds = append(conds, "a.label = ?")
		args = append(args, string(*f.Label))
	}
	if !f.Modified.From.IsZero() {
		conds = append(conds, "a.modified_at >= ?")
		args = append(args, f.Modified.From.UnixMilli())
	}
	if !f.Modified.Before.IsZero() {
		conds = append(conds, "a.modified_at < ?")
		args = append(args, f.Modified.Before.UnixMilli())
	}
	if f.TrashedBefore != nil {
		conds = append(conds, "a.status = 'trashed' AND a.trashed_at < ?")
		args = append(args, f.TrashedBefore.UnixMilli())
	}
	if f.Query != "" {
		if m, margs := deskMatch(f.Query); m != "" {
			// The newest matches only, as the reader's search does: a
			// common word matches most of an archive, and sorting and
			// counting all of it would cost a second per page.
			conds = append(conds, "a.id IN (SELECT ds.article_id FROM article_desk_search ds WHERE "+m+" ORDER BY ds.article_id DESC LIMIT ?)")
			args = append(append(args, margs...), warta.SearchTotalCap)
		} else {
			conds = append(conds, "false") // punctuation only: no words to find
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// likeEscaper escapes LIKE's wildcards so user text matches literally.
var likeEscaper = strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)

func (tx *readTx) FindArticles(ctx context.Context, f warta.ArticleFilter) ([]*warta.Article, int, error) {
	where, args := articleWhere(f)
	if f.PerSection > 0 {
		where, args = perSectionWhere(f)
	}
	order := " ORDER BY a.published_at DESC NULLS LAST, a.id DESC"
	switch f.Order {
	case warta.OrderOldest:
		order = " ORDER BY a.published_at ASC NULLS LAST, a.id ASC"
	case warta.OrderModified:
		order = " ORDER BY a.modified_at DESC, a.id DESC"
	case warta.OrderModifiedOldest:
		order = " ORDER BY a.modified_at ASC, a.id ASC"
	case warta.OrderTitle:
		order = " ORDER BY lower(a.title) ASC, a.id ASC"
	case warta.OrderTitleDesc:
		order = " ORDER BY lower(a.title) DESC, a.id DESC"
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := tx.q.Query(ctx, `SELECT `+articleListColumns+` FROM articles a`+where+order+limit, args...)
	if err != nil {
		return nil, 0, translate(err, "articles")
	}
	list, err := scanArticles(rows)
	if err != nil {
		return nil, 0, translate(err, "articles")
	}
	total := len(list) + max(f.Offset, 0)
	if f.Limit > 0 && !f.NoTotal && (len(list) == f.Limit || (len(list) == 0 && f.Offset > 0)) {
		if err := tx.q.QueryRow(ctx, `SELECT count(*) FROM articles a`+where, args...).Scan(&total); err != nil {
			return nil, 0, translate(err, "articles")
		}
	}
	if err := tx.attachListRelations(ctx, list); err != nil {
		return nil, 0, err
	}
	return list, total, nil
}

// perSectionWhere limits a filter to the newest f.PerSection matches of each
// of f.SectionIDs: one indexed LIMIT subquery per section, joined by UNION ALL.
func perSectionWhere(f warta.ArticleFilter) (string, []any) {
	if len(f.SectionIDs) == 0 {
		return " WHERE false", nil
	}
	base := f
	base.SectionID = nil
	where, baseArgs := articleWhere(base)
	if where == "" {
		where = " WHERE true"
	}
	var subs []string
	var args []any
	for _, id := range f.SectionIDs {
		subs = append(subs, `SELECT id FROM (SELECT a.id FROM articles a`+where+
			` AND a.section_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT `+fmt.Sprint(f.PerSection)+`) s`)
		args = append(append(args, baseArgs...), id)
	}
	return " WHERE a.id IN (" + strings.Join(subs, " UNION ALL ") + ")", args
}

func (tx *readTx) TrendingArticles(ctx context.Context, since time.Time, limit int) ([]*warta.Article, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+articleListColumns+`
		FROM articles a
		LEFT JOIN (SELECT article_id, sum(views) AS views FROM article_views WHERE day >= ? GROUP BY article_id) v
			ON v.article_id = a.id
		WHERE a.status = 'published' AND a.published_at >= ?
		ORDER BY coalesce(v.views, 0) DESC, a.published_at DESC, a.id DESC
		LIMIT ?`, dayStart(since).UnixMilli(), since.UnixMilli(), limit)
	if err != nil {
		return nil, translate(err, "trending")
	}
	list, err := scanArticles(rows)
	if err != nil {
		return nil, translate(err, "trending")
	}
	if err := tx.attachListRelations(ctx, list); err != nil {
		return nil, err
	}
	return list, nil
}

func (tx *readTx) CountArticlesByStatus(ctx context.Context, f warta.ArticleFilter) (map[warta.Status]int, error) {
	f.Status, f.ExcludeStatuses = nil, nil
	where, args := articleWhere(f)
	rows, err := tx.q.Query(ctx, `SELECT a.status, count(*) FROM articles a`+where+` GROUP BY a.status`, args...)
	if err != nil {
		return nil, translate(err, "articles")
	}
	defer rows.Close()
	counts := map[warta.Status]int{}
	for rows.Next() {
		var status string
		var n int
		if err := rows.Scan(&status, &n); err != nil {
			return nil, translate(err, "articles")
		}
		counts[warta.Status(status)] = n
	}
	return counts, translate(rows.Err(), "articles")
}

func (tx *readTx) CountArticles(ctx context.Context) (int, error) {
	var n int
	err := tx.q.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n)
	return n, translate(err, "articles")
}

// relationChunk bounds how many stories one round of relation queries
// covers: each query lists their ids, and a database takes only so many
// values in one statement (SQLite 32,766, PostgreSQL 65,535).
const relationChunk = 2000

// attachListRelations loads sections, authors and featured media for a
// list in three queries.
func (tx *readTx) attachListRelations(ctx context.Context, list []*warta.Article) error {
	if len(list) == 0 {
		return nil
	}
	if len(list) > relationChunk {
		for start := 0; start < len(list); start += relationChunk {
			if err := tx.attachListRelations(ctx, list[start:min(start+relationChunk, len(list))]); err != nil {
				return err
			}
		}
		return nil
	}
	byID := make(map[int64]*warta.Article, len(list))
	var ids, sectionIDs, mediaIDs []int64
	for _, a := range list {
		byID[a.ID] = a
		ids = append(ids, a.ID)
		sectionIDs = append(sectionIDs, a.SectionID)
		if a.FeaturedMediaID != 0 {
			mediaIDs = append(mediaIDs, a.FeaturedMediaID)
		}
	}
	sections, err := tx.sectionsByID(ctx, sectionIDs)
	if err != nil {
		return err
	}
	media, err := tx.mediaByID(ctx, mediaIDs)
	if err != nil {
		return err
	}
	for _, a := range list {
		a.Section = sections[a.SectionID]
		a.FeaturedMedia = media[a.FeaturedMediaID]
		a.Authors, a.AuthorIDs = nil, nil
	}
	rows, err := tx.q.Query(ctx, `SELECT aa.article_id, `+personColumns+`
		FROM article_authors aa JOIN people p ON p.id = aa.person_id
		WHERE aa.article_id IN (`+placeholders(len(ids))+`) ORDER BY aa.article_id, aa.position`, int64Args(ids)...)
	if err != nil {
		return translate(err, "authors")
	}
	defer rows.Close()
	var photoIDs []int64
	var people []*warta.Person
	for rows.Next() {
		var articleID int64
		p, err := scanPerson(rows, &articleID)
		if err != nil {
			return translate(err, "authors")
		}
		a := byID[articleID]
		a.Authors = append(a.Authors, p)
		a.AuthorIDs = append(a.AuthorIDs, p.ID)
		people = append(people, p)
		if p.PhotoMediaID != 0 {
			photoIDs = append(photoIDs, p.PhotoMediaID)
		}
	}
	if err := rows.Err(); err != nil {
		return translate(err, "authors")
	}
	rows.Close()
	return tx.attachPhotos(ctx, people, photoIDs)
}

func (tx *readTx) attachTags(ctx context.Context, a *warta.Article) error {
	rows, err := tx.q.Query(ctx, `SELECT t.id, t.slug, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
		WHERE at.article_id = ? ORDER BY at.position`, a.ID)
	if err != nil {
		return translate(err, "tags")
	}
	defer rows.Close()
	a.Tags, a.TagIDs = nil, nil
	for rows.Next() {
		var t warta.Tag
		if err := rows.Scan(&t.ID, &t.Slug, &t.Name); err != nil {
			return translate(err, "tags")
		}
		a.Tags = append(a.Tags, &t)
		a.TagIDs = append(a.TagIDs, t.ID)
	}
	return translate(rows.Err(), "tags")
}

// attachRelated loads the related IDs in order, and the related articles
// that are published.
func (tx *readTx) attachRelated(ctx context.Context, a *warta.Article) error {
	rows, err := tx.q.Query(ctx, `SELECT related_id FROM article_related WHERE article_id = ? ORDER BY position`, a.ID)
	if err != nil {
		return translate(err, "related")
	}
	defer rows.Close()
	a.RelatedIDs = nil
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return translate(err, "related")
		}
		a.RelatedIDs = append(a.RelatedIDs, id)
	}
	if err := rows.Err(); err != nil {
		return translate(err, "related")
	}
	rows.Close()
	a.Related = nil
	if len(a.RelatedIDs) == 0 {
		return nil
	}
	published := warta.StatusPublished
	list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{IDs: a.RelatedIDs, Status: &published})
	if err != nil {
		return err
	}
	byID := make(map[int64]*warta.Article, len(list))
	for _, r := range list {
		byID[r.ID] = r
	}
	for _, id := range a.RelatedIDs {
		if r, ok := byID[id]; ok {
			a.Related = append(a.Related, r)
		}
	}
	return nil
}

func (tx *readTx) attachCorrections(ctx context.Context, a *warta.Article) error {
	rows, err := tx.q.Query(ctx, `SELECT id, article_id, kind, note, created_at FROM corrections
		WHERE article_id = ? ORDER BY created_at, id`, a.ID)
	if err != nil {
		return translate(err, "corrections")
	}
	defer rows.Close()
	a.Corrections = nil
	for rows.Next() {
		var c warta.Correction
		var kind string
		var created sql.NullInt64
		if err := rows.Scan(&c.ID, &c.ArticleID, &kind, &c.Note, &created); err != nil {
			return translate(err, "corrections")
		}
		c.Kind, c.CreatedAt = warta.CorrectionKind(kind), fromMillis(created)
		a.Corrections = append(a.Corrections, &c)
	}
	return translate(rows.Err(), "corrections")
}

func (tx *writeTx) CreateArticle(ctx context.Context, a *warta.Article) error {
	if a.Version == 0 {
		a.Version = 1
	}
	if err := a.Validate(); err != nil {
		return err
	}
	a.CreatedAt, a.ModifiedAt = tx.now, tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO articles (slug, title, dek, dateline, body_html, label, breaking,
		section_id, featured_media_id, status, publish_at, published_at, updated_at, created_at, modified_at, version, word_count,
		owner_id, seo_title, seo_description, removal_reason, trashed_at, trashed_by, trashed_from,
		needs_verification, sponsor, follows_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		a.Slug, a.Title, a.Dek, a.Dateline, a.BodyHTML, string(a.Label), a.Breaking,
		a.SectionID, nullID(a.FeaturedMediaID), string(a.Status), toMillis(a.PublishAt), toMillis(a.PublishedAt),
		toMillis(a.UpdatedAt), toMillis(a.CreatedAt), toMillis(a.ModifiedAt), a.Version, a.WordCount,
		nullID(a.OwnerID), a.SEOTitle, a.SEODescription, a.RemovalReason,
		toMillis(a.TrashedAt), nullID(a.TrashedBy), string(a.TrashedFrom),
		a.NeedsVerification, a.Sponsor, nullID(a.FollowsID)).Scan(&a.ID)
	if err != nil {
		return translate(err, "article")
	}
	if err := tx.writeArticleLinks(ctx, a, true, true, true); err != nil {
		return err
	}
	return tx.ReindexArticle(ctx, a.ID)
}

func (tx *writeTx) UpdateArticle(ctx context.Context, id int64, u warta.ArticleUpdate) (*warta.Article, error) {
	a, err := tx.FindArticleByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if u.Version != a.Version {
		return nil, &warta.Error{Code: warta.ECONFLICT, Key: "error.version_conflict",
			Message: fmt.Sprintf("article %d changed since version %d (now %d)", id, u.Version, a.Version)}
	}
	u.Apply(a)
	if err := a.Validate(); err != nil {
		return nil, err
	}
	a.ModifiedAt = tx.now
	res, err := tx.q.Exec(ctx, `UPDATE articles SET slug = ?, title = ?, dek = ?, dateline = ?, body_html = ?,
		label = ?, breaking = ?, section_id = ?, featured_media_id = ?, status = ?, publish_at = ?, published_at = ?,
		updated_at = ?, modified_at = ?, version = version + 1, word_count = ?, seo_title = ?, seo_description = ?,
		removal_reason = ?, trashed_at = ?, trashed_by = ?, trashed_from = ?,
		needs_verification = ?, sponsor = ?, follows_id = ?
		WHERE id = ? AND version = ?`,
		a.Slug, a.Title, a.Dek, a.Dateline, a.BodyHTML, string(a.Label), a.Breaking, a.SectionID,
		nullID(a.FeaturedMediaID), string(a.Status), toMillis(a.PublishAt), toMillis(a.PublishedAt),
		toMillis(a.UpdatedAt), toMillis(a.ModifiedAt), a.WordCount, a.SEOTitle, a.SEODescription, a.RemovalReason,
		toMillis(a.TrashedAt), nullID(a.TrashedBy), string(a.TrashedFrom),
		a.NeedsVerification, a.Sponsor, nullID(a.FollowsID), id, u.Version)
	if err != nil {
		return nil, translate(err, "article")
	}
	if n := res.RowsAffected(); err != nil || n != 1 {
		return nil, &warta.Error{Code: warta.ECONFLICT, Key: "error.version_conflict", Message: fmt.Sprintf("article %d changed concurrently", id)}
	}
	if err := tx.writeArticleLinks(ctx, a, u.AuthorIDs != nil, u.TagIDs != nil, u.RelatedIDs != nil); err != nil {
		return nil, err
	}
	if err := tx.ReindexArticle(ctx, id); err != nil {
		return nil, err
	}
	return tx.FindArticleByID(ctx, id)
}

// writeArticleLinks replaces the chosen link tables of an article.
func (tx *writeTx) writeArticleLinks(ctx context.Context, a *warta.Article, authors, tags, related bool) error {
	type link struct {
		table, column string
		ids           []int64
		on            bool
	}
	for _, l := range []link{
		{"article_authors", "person_id", a.AuthorIDs, authors},
		{"article_tags", "tag_id", a.TagIDs, tags},
		{"article_related", "related_id", a.RelatedIDs, related},
	} {
		if !l.on {
			continue
		}
		if _, err := tx.q.Exec(ctx, `DELETE FROM `+l.table+` WHERE article_id = ?`, a.ID); err != nil {
			return translate(err, l.table)
		}
		seen := make(map[int64]bool, len(l.ids))
		pos := 0
		for _, id := range l.ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			pos++
			if _, err := tx.q.Exec(ctx, `INSERT INTO `+l.table+` (article_id, `+l.column+`, position) VALUES (?, ?, ?)`,
				a.ID, id, pos); err != nil {
				return translate(err, l.table)
			}
		}
	}
	return nil
}

func (tx *writeTx) DeleteArticle(ctx context.Context, id int64) error {
	// Other articles' "Baca Juga" links to it go too (ON DELETE CASCADE).
	for _, index := range []string{"article_search", "article_desk_search"} {
		if _, err := tx.q.Exec(ctx, `DELETE FROM `+index+` WHERE article_id = ?`, id); err != nil {
			return translate(err, "search index")
		}
	}
	res, err := tx.q.Exec(ctx, `DELETE FROM articles WHERE id = ?`, id)
	if err != nil {
		return translate(err, "article")
	}
	if n := res.RowsAffected(); n == 0 {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not found"}
	}
	return nil
}

func (tx *writeTx) AddCorrection(ctx context.Context, c *warta.Correction) error {
	if strings.TrimSpace(c.Note) == "" {
		return &warta.Error{Code: warta.EINVALID, Key: "error.note_required", Message: "a correction needs a note"}
	}
	if !c.Kind.Valid() {
		return &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "unknown correction kind"}
	}
	if _, err := tx.FindArticleByID(ctx, c.ArticleID); err != nil {
		return err
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = tx.now
	}
	err := tx.q.QueryRow(ctx, `INSERT INTO corrections (article_id, kind, note, created_at) VALUES (?, ?, ?, ?) RETURNING id`,
		c.ArticleID, string(c.Kind), c.Note, c.CreatedAt.UnixMilli()).Scan(&c.ID)
	if err != nil {
		return translate(err, "correction")
	}
	return translate(err, "correction")
}

// dayStart truncates t to midnight UTC.
func dayStart(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
