-- Revisions hold every field a writer edits, not only the title, dek and
-- body, so a diff shows a changed SEO title or dateline and a restore
-- brings it back. complete is 0 for revisions kept before: their other
-- fields are unknown, and a restore leaves them alone. refused marks the
-- text of a save refused as stale: kept, but never the article's state. Id lists are
-- comma-separated, in the editor's order.
ALTER TABLE revisions ADD COLUMN refused BOOLEAN NOT NULL DEFAULT false;
UPDATE revisions SET refused = true WHERE note LIKE 'refused:%';
ALTER TABLE revisions ADD COLUMN complete BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE revisions ADD COLUMN slug TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN dateline TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN breaking BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE revisions ADD COLUMN section_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN featured_media_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revisions ADD COLUMN author_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN tag_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN related_ids TEXT NOT NULL DEFAULT '';
