-- The search index keeps one weighted document per article (title A, dek
-- B, body C, exact D), written whole by the store, and keeps it in the row
-- rather than in the TOAST table. The old table also stored the four
-- columns the document was generated from, so every row outgrew the 2 KB
-- at which PostgreSQL moves values out of line: ranking or rechecking a
-- match then fetched and decompressed its document from the TOAST table,
-- once for every expression that read it, and a query for common words
-- ranks thousands of matches. Rows up to 8160 bytes now stay in the heap
-- uncompressed; longer ones are compressed in place before anything moves
-- out. The store refills the emptied table on open (reindexIfStale).
DROP TABLE article_search;
CREATE TABLE article_search (
	article_id BIGINT   PRIMARY KEY,
	document   tsvector NOT NULL DEFAULT '',
	facets     tsvector NOT NULL DEFAULT ''
) WITH (toast_tuple_target = 8160);
ALTER TABLE article_search ALTER COLUMN document SET STORAGE MAIN;
CREATE INDEX article_search_document ON article_search USING GIN (document);
CREATE INDEX article_search_facets ON article_search USING GIN (facets);
