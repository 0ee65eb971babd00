-- Which analyser version wrote the search index (search.Version): a store
-- opened by a binary with another version rebuilds the index.
CREATE TABLE search_meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
