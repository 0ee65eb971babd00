-- Issue 15, the Dewan Pers cyber-media guideline in the product: an
-- urgent report still being verified carries a flag readers see; an
-- advertorial names its sponsor; a story may follow up an earlier one,
-- whose page then lists its later developments.
ALTER TABLE articles ADD COLUMN needs_verification BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE articles ADD COLUMN sponsor TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN follows_id BIGINT REFERENCES articles (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
-- The earlier story's page lists its follow-ups, newest first.
CREATE INDEX articles_follows ON articles (follows_id, published_at DESC) WHERE follows_id IS NOT NULL;
