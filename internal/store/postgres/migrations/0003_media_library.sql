ALTER TABLE media ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN original_key TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN uploader_id BIGINT REFERENCES users (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
CREATE UNIQUE INDEX media_hash ON media (hash) WHERE hash <> '';
CREATE INDEX media_created ON media (created_at DESC, id DESC);
CREATE INDEX media_uploader ON media (uploader_id, created_at DESC);
