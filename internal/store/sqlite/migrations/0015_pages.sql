-- Static pages ("Tentang Kami", "Pedoman Media Siber" …): a title and a
-- body at /{slug}, outside the news flow. The footer lists the published
-- ones by position, then title.
CREATE TABLE pages (
	id           INTEGER PRIMARY KEY,
	slug         TEXT    NOT NULL UNIQUE,
	title        TEXT    NOT NULL,
	body_html    TEXT    NOT NULL DEFAULT '',
	status       TEXT    NOT NULL,
	position     INTEGER NOT NULL DEFAULT 0,
	created_at   INTEGER NOT NULL,
	modified_at  INTEGER NOT NULL,
	published_at INTEGER,
	version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pages_order ON pages (status, position, title);
