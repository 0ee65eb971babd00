-- Where imported items (a WordPress export's posts, pages, photos,
-- authors and terms) landed, keyed by the source site and the item's ID
-- there: a re-run updates instead of duplicating, and /?p=123 finds it.
CREATE TABLE import_items (
	source      TEXT NOT NULL,
	kind        TEXT NOT NULL,
	key         TEXT NOT NULL,
	target_kind TEXT NOT NULL,
	target_id   BIGINT NOT NULL,
	checksum    TEXT NOT NULL DEFAULT '',
	version     BIGINT NOT NULL DEFAULT 0,
	imported_at BIGINT NOT NULL,
	PRIMARY KEY (source, kind, key)
);

CREATE INDEX import_items_by_key ON import_items (kind, key);
CREATE INDEX import_items_by_target ON import_items (target_kind, target_id);
