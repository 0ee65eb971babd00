-- Transparency pages (issue 15). /koreksi lists every note on a published
-- story, newest first: an index on the notes' time. The public takedown
-- log needs when each story was withdrawn, which the article's own times
-- do not keep (a withdrawn story may still be edited): one row per story,
-- its last withdrawal; the reason stays the article's removal_reason.
-- Stories withdrawn without a row (before this migration, or deleted
-- while public) count from their deletion or last change.
-- masthead_rank orders the people on the masthead (Susunan Redaksi),
-- 0 leaving a person off it; masthead_role is the heading they stand
-- under there ("Redaktur"), their byline title when empty.
CREATE INDEX corrections_created ON corrections (created_at DESC, id DESC);
CREATE TABLE takedowns (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL
);
ALTER TABLE people ADD COLUMN masthead_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN masthead_role TEXT NOT NULL DEFAULT '';
