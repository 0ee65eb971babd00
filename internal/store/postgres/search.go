package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"warta"
	"warta/internal/body"
	"warta/internal/search"
)

// Column weights of the search index, as SQLite's bm25 weights (title 10,
// exact 8, dek 5, body 1) scaled to ts_rank's {D, C, B, A} array: the
// document column weighs title A, dek B, body C and exact D.
const searchWeights = "'{0.8, 0.1, 0.5, 1.0}'"

// rankScale turns ts_rank (higher is better, about 0–1) into a score on
// bm25's side (lower is better, a few units), so the recency boost below
// weighs about as much against the text match as it does on SQLite.
const rankScale = "-5.0"

// searchWindow is how many of the best text matches, past the requested
// page, the recency boost may reorder. Scoring every match by date too
// would cost a join per match, and a query for a common word matches tens
// of thousands of stories; the boost only decides between good matches.
const searchWindow = 200

// searchRankCap is how many of the newest matches are ranked; the rest of
// the counted ones (up to SearchTotalCap) are counted only. Ranking reads
// each match's whole document, and a query for common words matches
// thousands; counting reads ids. SQLite's bm25 ranks from the index's
// position lists and needs no such cut. The judged queries score the
// same with it (TestStoreEval), and over 100,000 stories the newest 500
// matches of a common word span weeks, past which the recency boost
// would not lift an older story into the first pages anyway.
const searchRankCap = 1000

// recencyDays is how fast the recency boost fades: a story that many days
// old gets half the boost of one published now.
const recencyDays = 7.0

// ReindexArticle rewrites an article's search row: published articles are
// indexed, every other status is removed from the index, so a search never
// has to look past the index to leave drafts and withdrawn stories out.
func (tx *writeTx) ReindexArticle(ctx context.Context, id int64) error {
	if _, err := tx.q.Exec(ctx, `DELETE FROM article_search WHERE article_id = ?`, id); err != nil {
		return translate(err, "search index")
	}
	if _, err := tx.q.Exec(ctx, `DELETE FROM article_desk_search WHERE article_id = ?`, id); err != nil {
		return translate(err, "search index")
	}
	a, err := tx.findArticleBase(ctx, "a.id = ?", id)
	if err != nil {
		return err
	}
	text := body.PlainText(a.BodyHTML)
	_, err = tx.q.Exec(ctx, `INSERT INTO article_desk_search (article_id, title, text) VALUES (?, ?::tsvector, ?::tsvector)`, id,
		tsvector(search.Exact(a.Title)), tsvector(search.Analyze(a.Title+"\n"+a.Dek+"\n"+text)))
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
	_, err = tx.q.Exec(ctx, `INSERT INTO article_search (article_id, document, facets)
		VALUES (?, `+searchDocument+`, ?::tsvector)`, id,
		tsvector(search.Analyze(a.Title)), tsvector(search.Analyze(a.Dek)),
		tsvector(search.Analyze(text)), tsvector(search.Exact(strings.Join(names, " "))),
		tsvector(facets))
	return translate(err, "search index")
}

// searchDocument is the SQL that weighs an article's title, dek, body and
// exact names (four tsvector arguments, in that order) into its one
// search document. Concatenation shifts each part's positions past the
// one before, so a phrase is matched within a part as on SQLite.
const searchDocument = `setweight(?::tsvector, 'A') || setweight(?::tsvector, 'B') || setweight(?::tsvector, 'C') || setweight(?::tsvector, 'D')`

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
	err := s.pool.QueryRow(ctx, `SELECT value FROM search_meta WHERE key = 'analyzer'`).Scan(&stored)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	var empty bool
	err = s.pool.QueryRow(ctx, `SELECT (NOT EXISTS (SELECT 1 FROM article_search)
		AND EXISTS (SELECT 1 FROM articles WHERE status = 'published'))
		OR (NOT EXISTS (SELECT 1 FROM article_desk_search) AND EXISTS (SELECT 1 FROM articles))`).Scan(&empty)
	if err != nil || (stored == version && !empty) {
		return err
	}
	return s.Update(ctx, func(tx warta.Tx) error {
		w := tx.(*writeTx)
		for _, index := range []string{"article_search", "article_desk_search"} {
			if _, err := w.q.Exec(ctx, `DELETE FROM `+index); err != nil {
				return err
			}
		}
		rows, err := w.q.Query(ctx, `SELECT id FROM articles ORDER BY id`)
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
		_, err = w.q.Exec(ctx, `INSERT INTO search_meta (key, value) VALUES ('analyzer', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, version)
		return err
	})
}

// tsvector writes analysed terms as a tsvector literal, each term at its
// position in the text, so phrases match as on SQLite. The terms are the
// analyser's own ([a-z0-9/]), never split again by a text search
// configuration: both databases stem alike. PostgreSQL keeps positions up
// to 16383 and 256 per term, so later ones are left out, as it would.
func tsvector(terms []string) string {
	const maxPos, maxPerTerm = 16383, 256
	pos := map[string][]int{}
	var order []string
	for i, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" || i >= maxPos {
			continue
		}
		if _, ok := pos[t]; !ok {
			order = append(order, t)
		}
		if len(pos[t]) < maxPerTerm {
			pos[t] = append(pos[t], i+1)
		}
	}
	var b strings.Builder
	for i, t := range order {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(quoteLexeme(t))
		b.WriteByte(':')
		for j, p := range pos[t] {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(p))
		}
	}
	return b.String()
}

// quoteLexeme quotes one term for a tsvector or tsquery literal.
func quoteLexeme(t string) string {
	t = strings.ReplaceAll(t, `\`, `\\`)
	return "'" + strings.ReplaceAll(t, "'", "''") + "'"
}

// matchExpr turns analysed groups into a tsquery: every group (or, with
// any, some group) must match one of its alternatives; a multi-word
// alternative is a phrase. Each term is quoted, so no reader input can
// become tsquery syntax.
func matchExpr(groups [][]string, any bool) string {
	var parts []string
	for _, g := range groups {
		var alts []string
		for _, alt := range g {
			words := strings.Fields(alt)
			if len(words) == 0 {
				continue
			}
			for i, w := range words {
				words[i] = quoteLexeme(w)
			}
			alts = append(alts, "("+strings.Join(words, " <-> ")+")")
		}
		if len(alts) > 0 {
			parts = append(parts, "("+strings.Join(alts, " | ")+")")
		}
	}
	op := " & "
	if any {
		op = " | "
	}
	return strings.Join(parts, op)
}

// deskMatch turns a newsroom query into a condition on the desk index:
// every word of the query as analysed (stemmed, with its alternatives) in
// the text, or every word as typed as the start of a title word, so that
// "banj" finds "Banjir" while the title is half remembered. A query with no
// words gives "", which the caller turns into a condition that finds
// nothing. The condition's arguments follow it.
func deskMatch(q string) (string, []any) {
	pq := search.ParseQuery(q)
	var parts []string
	var args []any
	if m := matchExpr(pq.Terms, false); m != "" {
		parts = append(parts, "ds.text @@ ?::tsquery")
		args = append(args, m)
	}
	var prefixes []string
	for _, w := range pq.Exact {
		if w = strings.TrimSpace(w); w != "" && !strings.ContainsAny(w, " ") {
			prefixes = append(prefixes, quoteLexeme(w)+":*")
		}
	}
	if len(prefixes) > 0 {
		parts = append(parts, "ds.title @@ ?::tsquery")
		args = append(args, strings.Join(prefixes, " & "))
	}
	if len(parts) == 0 {
		return "", nil
	}
	return "(" + strings.Join(parts, " OR ") + ")", args
}

// rankGroups bounds how many of a query's groups are ranked each with its
// own weight; the rest are ranked together as one. Each costs a ts_rank
// per scored match.
const rankGroups = 8

// rankExpr is the text score of a match (lower is better, as bm25's) and
// its arguments, for a query over m(id) joined to its index row d: each group's ts_rank
// weighted by the group's inverse document frequency, summed, as BM25 sums
// its terms' scores. ts_rank alone knows nothing of how common a word is,
// so a story that repeats "kota" outranked the one story naming "cisauk";
// SQLite's bm25 weighs that in itself. The frequency is counted over the
// scored matches (the newest f.TotalCap()), and the number of stories is
// the planner's estimate of the index table's rows (kept by autovacuum);
// before the table was ever analysed every group weighs 1, as plain
// ts_rank. cols are the per-group columns over m and d, score
// reads them with t.docs and n, and args are cols' arguments.
func rankExpr(groups [][]string) (cols, score string, args []any) {
	var queries []string
	for _, g := range groups {
		if q := matchExpr([][]string{g}, false); q != "" {
			if len(queries) == rankGroups {
				queries[rankGroups-1] += " | " + q
				continue
			}
			queries = append(queries, q)
		}
	}
	var list, terms []string
	for i, q := range queries {
		list = append(list, fmt.Sprintf(`ts_rank(%s, d.document, ?::tsquery, 32) AS r%d, count(*) FILTER (WHERE d.document @@ ?::tsquery) OVER () AS df%d`, searchWeights, i, i))
		args = append(args, q, q)
		terms = append(terms, fmt.Sprintf(`r%d * CASE WHEN t.docs > 0 THEN ln(1.0 + (GREATEST(t.docs, n) - df%d + 0.5) / (df%d + 0.5)) ELSE 1.0 END`, i, i, i))
	}
	if len(terms) == 0 {
		return "0 AS r", "0.0", nil
	}
	return strings.Join(list, ", "), rankScale + ` * (` + strings.Join(terms, " + ") + `)`, args
}

func (tx *readTx) SearchArticles(ctx context.Context, f warta.SearchFilter) ([]*warta.Article, int, error) {
	match := matchExpr(f.Terms, f.Any)
	if match == "" {
		return nil, 0, nil
	}
	// Section and author are facets of the index, so the GIN index
	// intersects them itself; only a date range needs the articles table.
	from, args := ` FROM article_search`, []any{match}
	where := ` WHERE article_search.document @@ ?::tsquery`
	if f.SectionID != nil {
		where += ` AND article_search.facets @@ ?::tsquery`
		args = append(args, quoteLexeme(facetSection(*f.SectionID)))
	}
	if f.AuthorID != nil {
		where += ` AND article_search.facets @@ ?::tsquery`
		args = append(args, quoteLexeme(facetPerson(*f.AuthorID)))
	}
	if f.From != nil || f.Before != nil {
		from += ` JOIN articles d ON d.id = article_search.article_id`
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
	// The newest f.TotalCap() matches are counted, which is the total
	// unless the cap was reached; the newest searchRankCap of them are
	// ranked, the searchWindow best by text then ordered with the recency
	// boost. The capped matches are ids only: each ranked one's document
	// is read once, by id, rather than carried through the sort. Equal
	// scores fall to the newer story, then the higher id, as on SQLite:
	// PostgreSQL's bounded sort returns equal rows in any order, and pages
	// would repeat or skip a story.
	cols, score, scoreArgs := rankExpr(f.Terms)
	rows, err := tx.q.Query(ctx, `SELECT `+articleListColumns+`, s.n FROM
		(SELECT id, `+score+` AS score, n FROM
			(SELECT m.id, m.n, `+cols+` FROM
				(SELECT id, count(*) OVER () AS n, row_number() OVER (ORDER BY id DESC) AS nth FROM
					(SELECT article_search.article_id AS id`+from+where+`
					ORDER BY article_search.article_id DESC LIMIT ?) capped) m
				JOIN article_search d ON d.article_id = m.id
				WHERE m.nth <= ?) c
			CROSS JOIN (SELECT reltuples AS docs FROM pg_class WHERE oid = 'article_search'::regclass) t
		ORDER BY score, id DESC LIMIT ?) s
		JOIN articles a ON a.id = s.id
		WHERE a.status = 'published'
		ORDER BY s.score - 4.0 / (1.0 + GREATEST(0, ?::bigint - a.published_at) / ?::float8), a.published_at DESC, a.id DESC
		LIMIT ? OFFSET ?`,
		append(append(scoreArgs, args...), max(f.TotalCap()+1, offset+limit), max(searchRankCap, offset+limit), offset+limit+searchWindow,
			f.Now.UnixMilli(), recencyDays*86400000, limit, offset)...)
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
		if err := tx.q.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1`+from+where+` LIMIT ?) m`,
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
	rows, err := tx.q.Query(ctx, `SELECT `+articleListColumns+` FROM
		(SELECT id, `+rankScale+` * ts_rank(`+searchWeights+`, document, ?::tsquery) AS score FROM
			(SELECT article_id AS id, document FROM article_search
			WHERE document @@ ?::tsquery AND article_id NOT IN (`+placeholders(len(skip))+`)
			ORDER BY article_id DESC LIMIT ?) newest
		ORDER BY score LIMIT ?) s
		JOIN articles a ON a.id = s.id
		WHERE a.status = 'published'
		ORDER BY s.score * (CASE WHEN a.section_id = ? THEN 1.3 ELSE 1.0 END)
			- 4.0 / (1.0 + GREATEST(0, ?::bigint - a.published_at) / ?::float8), a.published_at DESC, a.id DESC
		LIMIT ?`, append(append([]any{match, match}, int64Args(skip)...),
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

// OptimizeSearch has nothing to do on PostgreSQL: its GIN indexes take
// bulk writes into their pending lists, which autovacuum merges.
func (tx *writeTx) OptimizeSearch(ctx context.Context) error { return nil }
