-- published marks the revision whose text went out to readers: the
-- revision cap prunes an article's oldest revisions but never these.
-- Articles published now mark the revision they show.
ALTER TABLE revisions ADD COLUMN published BOOLEAN NOT NULL DEFAULT false;
UPDATE revisions SET published = true WHERE id IN (
	SELECT max(r.id) FROM revisions r JOIN articles a ON a.id = r.article_id
	WHERE a.status = 'published' AND NOT r.refused AND r.version <= a.version
	GROUP BY r.article_id);
