package sqlite

import (
	"context"
	"fmt"
	"strings"

	"warta"
	"warta/internal/body"
	"warta/internal/search"
)

// Column weights of the search index for bm25: a word in the title counts
// most, then the exact names and wording, the dek, and the body.
const searchWeights = "10.0, 5.0, 1.0, 8.0"

// recencyDays is how fast the recency boost fades: a story that many days
// old gets half the boost of one published now.
const recencyDays = 7.0

func (tx *writeTx) ReindexArticle(ctx context.Context, id int64) error {
	a, err := tx.FindArticleByID(ctx, id)
	if err != nil {
		return err
	}
	names := []string{a.Title}
	if a.Section != nil {
		names = append(names, a.Section.Name)
	}
	for _, t := range a.Tags {
		names = append(names, t.Name)
	}
	for _, p := range a.Authors {
		names = append(names, p.Name)
	}
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM article_search WHERE rowid = ?`, id); err != nil {
		return translate(err, "search index")
	}
	_, err = tx.q.ExecContext(ctx, `INSERT INTO article_search (rowid, title, dek, body, exact) VALUES (?, ?, ?, ?, ?)`, id,
		strings.Join(search.Analyze(a.Title), " "), strings.Join(search.Analyze(a.Dek), " "),
		strings.Join(search.Analyze(body.PlainText(a.BodyHTML)), " "), strings.Join(search.Exact(strings.Join(names, " ")), " "))
	return translate(err, "search index")
}

// matchExpr turns analysed groups into an FTS5 query: every group (or,
// with any, some group) must match one of its alternatives; a multi-word
// alternative is a phrase. Terms are [a-z0-9/] only, and each is quoted,
// so no reader input can become FTS5 syntax.
func matchExpr(groups [][]string, any bool) string {
	var parts []string
	for _, g := range groups {
		var alts []string
		for _, alt := range g {
			alt = strings.TrimSpace(alt)
			if alt == "" || strings.ContainsAny(alt, `"*:^(){}+-`) {
				continue
			}
			alts = append(alts, `"`+alt+`"`)
		}
		if len(alts) > 0 {
			parts = append(parts, "("+strings.Join(alts, " OR ")+")")
		}
	}
	op := " AND "
	if any {
		op = " OR "
	}
	return strings.Join(parts, op)
}

func (tx *readTx) SearchArticles(ctx context.Context, f warta.SearchFilter) ([]*warta.Article, int, error) {
	match := matchExpr(f.Terms, f.Any)
	if match == "" {
		return nil, 0, nil
	}
	where := " WHERE a.status = 'published'"
	args := []any{match}
	if f.SectionID != nil {
		where += " AND a.section_id = ?"
		args = append(args, *f.SectionID)
	}
	if f.AuthorID != nil {
		where += " AND a.id IN (SELECT article_id FROM article_authors WHERE person_id = ?)"
		args = append(args, *f.AuthorID)
	}
	if f.From != nil {
		where += " AND a.published_at >= ?"
		args = append(args, f.From.UnixMilli())
	}
	if f.Before != nil {
		where += " AND a.published_at < ?"
		args = append(args, f.Before.UnixMilli())
	}
	from := ` FROM articles a JOIN (SELECT rowid AS id, bm25(article_search, ` + searchWeights + `) AS score
		FROM article_search WHERE article_search MATCH ?) s ON s.id = a.id`
	var total int
	if err := tx.q.QueryRowContext(ctx, `SELECT count(*)`+from+where, args...).Scan(&total); err != nil {
		return nil, 0, translate(err, "search")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	now := f.Now.UnixMilli()
	rows, err := tx.q.QueryContext(ctx, `SELECT `+articleListColumns+from+where+
		fmt.Sprintf(` ORDER BY s.score - 4.0 / (1.0 + max(0, %d - a.published_at) / %f), a.published_at DESC
		LIMIT %d OFFSET %d`, now, recencyDays*86400000, limit, max(f.Offset, 0)), args...)
	if err != nil {
		return nil, 0, translate(err, "search")
	}
	defer rows.Close()
	var list []*warta.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, 0, translate(err, "search")
		}
		list = append(list, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, translate(err, "search")
	}
	rows.Close()
	return list, total, tx.attachListRelations(ctx, list)
}

// similarTerms bounds how many of an article's words look for its likes.
const similarTerms = 8

func (tx *readTx) SimilarArticles(ctx context.Context, a *warta.Article, exclude []int64, limit int) ([]*warta.Article, error) {
	// The title's words and the tags say what a story is about; the dek
	// adds matches faster than it adds meaning.
	text := a.Title
	for _, t := range a.Tags {
		text += " " + t.Name
	}
	seen := map[string]bool{}
	var groups [][]string
	for _, term := range search.Analyze(text) {
		if !seen[term] && len(groups) < similarTerms {
			seen[term] = true
			groups = append(groups, []string{term})
		}
	}
	match := matchExpr(groups, true)
	if match == "" || limit <= 0 {
		return nil, nil
	}
	skip := append([]int64{a.ID}, exclude...)
	rows, err := tx.q.QueryContext(ctx, `SELECT `+articleListColumns+` FROM articles a
		JOIN (SELECT rowid AS id, bm25(article_search, `+searchWeights+`) AS score FROM article_search WHERE article_search MATCH ?) s
		ON s.id = a.id
		WHERE a.status = 'published' AND a.id NOT IN (`+placeholders(len(skip))+`)
		ORDER BY s.score * (CASE WHEN a.section_id = ? THEN 1.3 ELSE 1.0 END)
			- 4.0 / (1.0 + max(0, ? - a.published_at) / ?), a.published_at DESC
		LIMIT ?`, append(append([]any{match}, int64Args(skip)...), a.SectionID, a.PublishedAt.UnixMilli(), recencyDays*86400000, limit)...)
	if err != nil {
		return nil, translate(err, "similar")
	}
	defer rows.Close()
	var list []*warta.Article
	for rows.Next() {
		r, err := scanArticle(rows)
		if err != nil {
			return nil, translate(err, "similar")
		}
		list = append(list, r)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "similar")
	}
	rows.Close()
	return list, tx.attachListRelations(ctx, list)
}
