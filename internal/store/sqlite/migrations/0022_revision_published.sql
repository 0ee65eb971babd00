-- published marks the revision whose text went out to readers: the
-- revision cap prunes an article's oldest revisions but never these.
-- Articles published now mark the revision they show.
ALTER TABLE revisions ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
UPDATE revisions SET published = 1 WHERE id IN (
	SELECT max(r.id) FROM revisions r JOIN articles a ON a.id = r.article_id
	WHERE a.status = 'published' AND r.refused = 0 AND r.version <= a.version
	GROUP BY r.article_id);
