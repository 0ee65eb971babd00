package sqlite

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta"
)

// TestQueriesUseTheirIndexes checks the plans of lookups that run once
// per upload or import: a full scan there grows with the archive.
func TestQueriesUseTheirIndexes(t *testing.T) {
	one, published := int64(1), warta.StatusPublished
	const newest = " ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 20 OFFSET 0"
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The planner's statistics of a 10,000-story archive (what PRAGMA
	// optimize records there): on an empty database the planner has
	// none, and a plan that sorts a busy author's stories would pass.
	// "ANALYZE sqlite_schema" loads them into the writer's connection,
	// which the plans below are asked of.
	if _, err := s.writer.Exec(`ANALYZE; DELETE FROM sqlite_stat1; INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
		('articles', 'articles_modified', '10000 1 1'),
		('articles', 'articles_trashed', '0 0'),
		('articles', 'articles_status_modified', '10000 2001 1'),
		('articles', 'articles_owner', '10000 2001 1'),
		('articles', 'articles_scheduled', '0 0'),
		('articles', 'articles_section_published', '10000 1334 1334 1 1'),
		('articles', 'articles_status_published', '10000 2001 1 1'),
		('articles', 'sqlite_autoindex_articles_1', '10000 1'),
		('article_authors', 'article_authors_person', '13089 1001'),
		('article_authors', 'sqlite_autoindex_article_authors_1', '13089 2 1'),
		('article_tags', 'article_tags_tag', '25494 501'),
		('article_tags', 'sqlite_autoindex_article_tags_1', '25494 3 1');
		ANALYZE sqlite_schema`); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		query string
		index string
	}{
		"media by hash":       {mediaByHash, "media_hash"},
		"import item":         {`SELECT ` + importColumns + ` FROM import_items WHERE source = ? AND kind = ? AND key = ?`, "PRIMARY KEY"},
		"import items by key": {`SELECT ` + importColumns + ` FROM import_items WHERE kind = ? AND key = ? ORDER BY imported_at DESC, source LIMIT 20`, "import_items_by_key"},
		// A page of a list ("… page") must also need no sort: a page of a busy tag or author walks the publication-time index
		// and stops after the page (not: read all of the subject's
		// stories and sort them).
		"tag page":    {listQuery(warta.ArticleFilter{TagID: &one, Status: &published}, newest), "articles_status_published"},
		"author page": {listQuery(warta.ArticleFilter{AuthorID: &one, Status: &published}, newest), "articles_status_published"},
		// The last pages of a section are read from the oldest end.
		"section last page": {listQuery(warta.ArticleFilter{SectionID: &one, Status: &published}, " ORDER BY a.published_at ASC NULLS FIRST, a.id ASC LIMIT 20 OFFSET 3"), "articles_section_published"},
		"tag link count":    {`SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT ?)`, "article_tags_tag"},
		"author link count": {`SELECT count(*) FROM (SELECT 1 FROM article_authors WHERE person_id = ? LIMIT ?)`, "article_authors_person"},
	} {
		got := queryPlan(t, s, tc.query)
		if !strings.Contains(got, tc.index) || tableScan.MatchString(got) ||
			(strings.HasSuffix(name, " page") && strings.Contains(got, "TEMP B-TREE")) {
			t.Errorf("%s: plan %q, want a search using %s", name, got, tc.index)
		}
	}
}

// TestIDListsUseThePrimaryKey checks that stories asked for by id (a
// story's related list, read with every article and every reindex) are
// looked up by id whatever the planner knows. A database written in one
// long run, like `warta demo --articles`, has no statistics until it is
// closed, and the planner then chose to walk every published story in
// the status index checking each id: 70 % of the demo's time at 30,000
// stories, and growing with the archive.
func TestIDListsUseThePrimaryKey(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	published := warta.StatusPublished
	q := listQuery(warta.ArticleFilter{IDs: []int64{1, 2, 3}, Status: &published}, " ORDER BY a.published_at DESC NULLS LAST, a.id DESC")
	if got := queryPlan(t, s, q); !strings.Contains(got, "INTEGER PRIMARY KEY") || strings.Contains(got, "articles_status") {
		t.Errorf("plan %q, want a search by id", got)
	}
}

// queryPlan returns what EXPLAIN QUERY PLAN says of query on the writer's
// connection, its lines joined by "; ".
func queryPlan(t *testing.T, s *Store, query string) string {
	t.Helper()
	// NULL values: the planner may not use what it knows of them,
	// as a statement prepared before its values are bound cannot.
	nulls := make([]any, strings.Count(query, "?"))
	rows, err := s.writer.Query("EXPLAIN QUERY PLAN "+query, nulls...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "; ")
}

// tableScan matches a full scan of a table or index in a plan (not the
// scan of a bounded subquery's rows).
var tableScan = regexp.MustCompile(`SCAN [a-z]`)

// listQuery is the query FindArticles runs for a page of f.
func listQuery(f warta.ArticleFilter, order string) string {
	where, _ := articleWhereFor(f, true)
	return `SELECT ` + articleListColumns + ` FROM articles a` + where + order
}

// A story's follow-ups are found through the follow-up index, not by
// walking every published story newest first until five turn up: that
// walk, on a database without statistics, read the whole archive for
// each story the import's similar phase loaded.
func TestFollowUpsUseTheirIndex(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	published, id := warta.StatusPublished, int64(7)
	q := listQuery(warta.ArticleFilter{Follows: &id, Status: &published, Limit: warta.MaxFollowUps}, " ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 5")
	if got := queryPlan(t, s, q); !strings.Contains(got, "articles_follows") {
		t.Errorf("plan %q, want a search of articles_follows", got)
	}
}
