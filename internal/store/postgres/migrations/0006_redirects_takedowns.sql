-- Takedowns carry the reason the newsroom gave, shown on the 410 page;
-- redirects record who added them by hand (NULL: made by the system when
-- an article moved, or imported) and are found by target too, so a chain
-- can be collapsed when its end moves again.
ALTER TABLE articles ADD COLUMN removal_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE redirects ADD COLUMN created_by BIGINT REFERENCES users (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX redirects_to ON redirects (to_path);
CREATE INDEX redirects_created ON redirects (created_at DESC);
