-- PostgreSQL's search index changed its row layout at this version (see
-- the migration of the same name there). SQLite's FTS5 index needs no
-- change; this file keeps the two dialects' versions in step.
SELECT 1;
