-- The search index holds published articles only, and gains a facets
-- column: "s<section id>" and "p<person id>" tokens, so a search within a
-- section or by an author is one full-text query rather than a join over
-- every match. The rows are written by the Go analyser, so the store fills
-- the new table itself on open (see reindexIfEmpty).
DROP TABLE article_search;
CREATE VIRTUAL TABLE article_search USING fts5(
	title, dek, body, exact, facets,
	tokenize = "unicode61 tokenchars '/'"
);
