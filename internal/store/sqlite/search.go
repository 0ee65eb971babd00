package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"warta"
	"warta/internal/body"
	"warta/internal/search"
)

// Column weights of the search index for bm25: a word in the title counts
// most, then the exact names and wording, the dek, and the body; the facets
// column only filters.
const searchWeights = "10.0, 5.0, 1.0, 8.0, 0.0"

// searchWindow is how many of the best text matches, past the requested
// page, the recency boost may reorder. Scoring every match by date too
// would cost a join per match, and a query for a common word matches tens
// of thousands of stories; the boost only decides between good matches.
const searchWindow = 200

// textColumns confines a reader's query to the analysed text, away from
// the facet tokens.
const textColumns = "{title dek body exact} : "

// recencyDays is how fast the recency boost fades: a story that many days
// old gets half the boost of one published now.
const recencyDays = 7.0

// ReindexArticle rewrites an article's search row: published articles are
// indexed, every other status is removed from the index, so a search never
// has to look past the index to leave drafts and withdrawn stories out.
func (tx *writeTx) ReindexArticle(ctx context.Context, id int64) error {
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM article_search WHERE rowid = ?`, id); err != nil {
		return translate(err, "search index")
	}
	if _, err := tx.q.ExecContext(ctx, `DELETE FROM article_desk_search WHERE rowid = ?`, id); err != nil {
		return translate(err, "search index")
	}
	a, err := tx.findArticleBase(ctx, "a.id = ?", id)
	if err != nil {
		return err
	}
	text := body.PlainText(a.BodyHTML)
	_, err = tx.q.ExecContext(ctx, `INSERT INTO article_desk_search (rowid, title, text) VALUES (?, ?, ?)`, id,
		strings.Join(search.Exact(a.Title), " "), strings.Join(search.Analyze(a.Title+"\n"+a.Dek+"\n"+text), " "))
	if err != nil {
		return translate(err, "search index")
	}
	if a.Status != warta.StatusPublished {
		return nil
	}
	names := []string{a.Title}
	facets := []string{facetSection(a.SectionID)}
	if a.Section != nil {
		names = append(names, a.Section.Name)
	}
	for _, t := range a.Tags {
		names = append(names, t.Name)
	}
	for _, p := range a.Authors {
		names = append(names, p.Name)
		facets = append(facets, facetPerson(p.ID))
	}
	_, err = tx.q.ExecContext(ctx, `INSERT INTO article_search (rowid, title, dek, body, exact, facets) VALUES (?, ?, ?, ?, ?, ?)`, id,
		strings.Join(search.Analyze(a.Title), " "), strings.Join(search.Analyze(a.Dek), " "),
		strings.Join(search.Analyze(text), " "), strings.Join(search.Exact(strings.Join(names, " ")), " "),
		strings.Join(facets, " "))
	return translate(err, "search index")
}

// Facet tokens name an article's section and authors in the index's facets
// column. The analyser never makes a token of this shape for the other
// columns, and reader queries are confined to those columns anyway.
func facetSection(id int64) string { return fmt.Sprintf("s%d", id) }
func facetPerson(id int64) string  { return fmt.Sprintf("p%d", id) }

// reindexIfStale rebuilds the index when it was written by another
// analyser version (search.Version), or is empty while stories are
// published (after the migration that rebuilt the table, or a lost index).
// On a large archive this takes a while, once, at the first start after an
// upgrade that changed the analyser.
func (s *Store) reindexIfStale(ctx context.Context) error {
	version := strconv.Itoa(search.Version)
	var stored string
	err := s.writer.QueryRowContext(ctx, `SELECT value FROM search_meta WHERE key = 'analyzer'`).Scan(&stored)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var empty bool
	err = s.writer.QueryRowContext(ctx, `SELECT (NOT EXISTS (SELECT 1 FROM article_search)
		AND EXISTS (SELECT 1 FROM articles WHERE status = 'published'))
		OR (NOT EXISTS (SELECT 1 FROM article_desk_search) AND EXISTS (SELECT 1 FROM articles))`).Scan(&empty)
	if err != nil || (stored == version && !empty) {
		return err
	}
	return s.Update(ctx, func(tx warta.Tx) error {
		w := tx.(*writeTx)
		for _, index := range []string{"article_search", "article_desk_search"} {
			if _, err := w.q.ExecContext(ctx, `DELETE FROM `+index); err != nil {
				return err
			}
		}
		rows, err := w.q.QueryContext(ctx, `SELECT id FROM articles ORDER BY id`)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			if err := tx.ReindexArticle(ctx, id); err != nil {
				return err
			}
		}
		_, err = w.q.ExecContext(ctx, `INSERT INTO search_meta (key, value) VALUES ('analyzer', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, version)
		return err
	})
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

// deskMatch turns a newsroom query into an FTS5 query on the desk index:
// every word of the query as analysed (stemmed, with its alternatives) in
// the text, or every word as typed as the start of a title word, so that
// "banj" finds "Banjir" while the title is half remembered. A query with no
// words gives "", which the caller turns into a condition that finds
// nothing.
func deskMatch(q string) string {
	pq := search.ParseQuery(q)
	var parts []string
	if m := matchExpr(pq.Terms, false); m != "" {
		parts = append(parts, "(text : ("+m+"))")
	}
	var prefixes []string
	for _, w := range pq.Exact {
		if w != "" && !strings.ContainsAny(w, `"*:^(){}+- `) {
			prefixes = append(prefixes, `"`+w+`"*`)
		}
	}
	if len(prefixes) > 0 {
		parts = append(parts, "(title : ("+strings.Join(prefixes, " AND ")+"))")
	}
	return strings.Join(parts, " OR ")
}

func (tx *readTx) SearchArticles(ctx context.Context, f warta.SearchFilter) ([]*warta.Article, int, error) {
	match := matchExpr(f.Terms, f.Any)
	if match == "" {
		return nil, 0, nil
	}
	// Section and author are facets of the index, so the full-text engine
	// intersects them itself; only a date range needs the articles table.
	match = textColumns + "(" + match + ")"
	if f.SectionID != nil {
		match += ` AND facets : "` + facetSection(*f.SectionID) + `"`
	}
	if f.AuthorID != nil {
		match += ` AND facets : "` + facetPerson(*f.AuthorID) + `"`
	}
	from, args := ` FROM article_search`, []any{match}
	where := ` WHERE article_search MATCH ?`
	if f.From != nil || f.Before != nil {
		from += ` CROSS JOIN articles d ON d.id = article_search.rowid`
		if f.From != nil {
			where += " AND d.published_at >= ?"
			args = append(args, f.From.UnixMilli())
		}
		if f.Before != nil {
			where += " AND d.published_at < ?"
			args = append(args, f.Before.UnixMilli())
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 20
	}
	offset := max(f.Offset, 0)
	// From the newest f.TotalCap() matches, the searchWindow best by
	// text, then ordered with the recency boost. The same pass counts the
	// matches it scored, which is the total unless the cap was reached.
	// Equal scores fall to the newer story, then the higher id, as on
	// PostgreSQL, so pages neither repeat nor skip a story.
	// CROSS JOIN keeps the few ranked matches as the outer loop: without
	// table statistics the planner may otherwise walk the articles and
	// probe the matches, several times slower.
	rows, err := tx.q.QueryContext(ctx, `SELECT `+articleListColumns+`, s.n FROM
		(SELECT id, score, n FROM (SELECT id, score, count(*) OVER () AS n FROM
			(SELECT article_search.rowid AS id, bm25(article_search, `+searchWeights+`) AS score`+from+where+`
			ORDER BY article_search.rowid DESC LIMIT ?)) ORDER BY score, id DESC LIMIT ?) s
		CROSS JOIN articles a ON a.id = s.id
		WHERE a.status = 'published'
		ORDER BY s.score - 4.0 / (1.0 + max(0, ? - a.published_at) / ?), a.published_at DESC, a.id DESC
		LIMIT ? OFFSET ?`,
		append(args, max(f.TotalCap()+1, offset+limit), offset+limit+searchWindow, f.Now.UnixMilli(), recencyDays*86400000, limit, offset)...)
	if err != nil {
		return nil, 0, translate(err, "search")
	}
	scored := -1
	list, err := scanArticles(rows, &scored)
	if err != nil {
		return nil, 0, translate(err, "search")
	}
	total := min(scored, f.TotalCap()+1)
	if scored < 0 {
		// Past the last page: count the matches for the pager.
		if err := tx.q.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1`+from+where+` LIMIT ?)`,
			append(args, f.TotalCap()+1)...).Scan(&total); err != nil {
			return nil, 0, translate(err, "search")
		}
	}
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
	// The best text matches first, then the section and recency decide
	// among them, as in SearchArticles.
	skip := append([]int64{a.ID}, exclude...)
	rows, err := tx.q.QueryContext(ctx, `SELECT `+articleListColumns+` FROM
		(SELECT id, score FROM (SELECT rowid AS id, bm25(article_search, `+searchWeights+`) AS score FROM article_search
			WHERE article_search MATCH ? AND rowid NOT IN (`+placeholders(len(skip))+`)
			ORDER BY rowid DESC LIMIT ?)
		ORDER BY score LIMIT ?) s
		CROSS JOIN articles a ON a.id = s.id
		WHERE a.status = 'published'
		ORDER BY s.score * (CASE WHEN a.section_id = ? THEN 1.3 ELSE 1.0 END)
			- 4.0 / (1.0 + max(0, ? - a.published_at) / ?), a.published_at DESC, a.id DESC
		LIMIT ?`, append(append([]any{textColumns + "(" + match + ")"}, int64Args(skip)...),
		warta.SimilarRankCap, limit+searchWindow, a.SectionID, a.PublishedAt.UnixMilli(), recencyDays*86400000, limit)...)
	if err != nil {
		return nil, translate(err, "similar")
	}
	list, err := scanArticles(rows)
	if err != nil {
		return nil, translate(err, "similar")
	}
	return list, tx.attachListRelations(ctx, list)
}

func (tx *writeTx) OptimizeSearch(ctx context.Context) error {
	// FTS5's own merge of every segment into one ('optimize').
	for _, table := range []string{"article_search", "article_desk_search"} {
		if _, err := tx.q.ExecContext(ctx, `INSERT INTO `+table+`(`+table+`) VALUES ('optimize')`); err != nil {
			return translate(err, "search index")
		}
	}
	return nil
}
