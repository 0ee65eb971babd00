-- The search index: analysed terms (internal/search) per article, one row
-- per article keyed by articles.id. SQLite keeps them in an FTS5 table;
-- here each column is a tsvector built with the 'simple' configuration
-- over the analyser's own output, so both databases stem alike.
CREATE TABLE article_search (
	article_id BIGINT   PRIMARY KEY,
	title      tsvector NOT NULL DEFAULT '',
	dek        tsvector NOT NULL DEFAULT '',
	body       tsvector NOT NULL DEFAULT '',
	exact      tsvector NOT NULL DEFAULT ''
);
