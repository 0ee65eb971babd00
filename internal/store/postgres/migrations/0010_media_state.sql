-- Uploads are stored at once and their variants made in the background:
-- the state survives a restart, which resumes what is still processing.
ALTER TABLE media ADD COLUMN state TEXT NOT NULL DEFAULT 'ready';
ALTER TABLE media ADD COLUMN state_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX media_processing ON media (id) WHERE state = 'processing';
