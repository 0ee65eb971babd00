-- The search index holds published articles only, and gains a facets
-- column: "s<section id>" and "p<person id>" tokens, so a search within a
-- section or by an author is one full-text query rather than a join over
-- every match. The rows are written by the Go analyser, so the store fills
-- the new table itself on open. document is every text column weighted
-- (title A, dek B, body C, exact D) under one GIN index.
DROP TABLE article_search;
CREATE TABLE article_search (
	article_id BIGINT   PRIMARY KEY,
	title      tsvector NOT NULL DEFAULT '',
	dek        tsvector NOT NULL DEFAULT '',
	body       tsvector NOT NULL DEFAULT '',
	exact      tsvector NOT NULL DEFAULT '',
	facets     tsvector NOT NULL DEFAULT '',
	document   tsvector GENERATED ALWAYS AS (
		setweight(title, 'A') || setweight(dek, 'B') || setweight(body, 'C') || setweight(exact, 'D')
	) STORED
);
CREATE INDEX article_search_document ON article_search USING GIN (document);
CREATE INDEX article_search_facets ON article_search USING GIN (facets);
