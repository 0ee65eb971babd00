-- The trash: a deleted article keeps its row with status 'trashed', who
-- deleted it, when, and the status it had, until it is restored or purged.
-- A purged article that readers once saw leaves a tombstone of its path,
-- so the address answers 410 Gone for ever rather than 404.
ALTER TABLE articles ADD COLUMN trashed_at BIGINT;
ALTER TABLE articles ADD COLUMN trashed_by BIGINT REFERENCES users (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE articles ADD COLUMN trashed_from TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_trashed ON articles (trashed_at) WHERE status = 'trashed';
-- The newsroom lists every article by last change.
CREATE INDEX articles_modified ON articles (modified_at DESC, id DESC);

CREATE TABLE tombstones (
	path       TEXT PRIMARY KEY,
	created_at BIGINT NOT NULL
);

-- The newsroom's search index: every article in any status (the public
-- index holds published ones only), keyed by articles.id. title holds the
-- title's words unstemmed, for prefix matches while typing; text the
-- analysed terms (internal/search) of title, dek and body. The store fills
-- it on open when it is empty (see reindexIfStale).
CREATE TABLE article_desk_search (
	article_id BIGINT   PRIMARY KEY,
	title      tsvector NOT NULL DEFAULT '',
	text       tsvector NOT NULL DEFAULT ''
);
CREATE INDEX article_desk_search_title ON article_desk_search USING GIN (title);
CREATE INDEX article_desk_search_text ON article_desk_search USING GIN (text);
