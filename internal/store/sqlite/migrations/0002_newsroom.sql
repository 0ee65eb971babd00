ALTER TABLE articles ADD COLUMN owner_id INTEGER;
ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_owner ON articles (owner_id, modified_at DESC);
CREATE INDEX articles_status_modified ON articles (status, modified_at DESC);

CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	email         TEXT    NOT NULL UNIQUE,
	name          TEXT    NOT NULL,
	role          TEXT    NOT NULL,
	person_id     INTEGER REFERENCES people (id),
	password_hash TEXT    NOT NULL DEFAULT '',
	language      TEXT    NOT NULL DEFAULT '',
	totp_secret   TEXT    NOT NULL DEFAULT '',
	disabled      INTEGER NOT NULL DEFAULT 0,
	created_at    INTEGER NOT NULL,
	version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
	id           INTEGER PRIMARY KEY,
	token_hash   TEXT    NOT NULL UNIQUE,
	user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at   INTEGER NOT NULL,
	last_seen_at INTEGER NOT NULL,
	user_agent   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE tokens (
	id           INTEGER PRIMARY KEY,
	token_hash   TEXT    NOT NULL UNIQUE,
	user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name         TEXT    NOT NULL DEFAULT '',
	created_at   INTEGER NOT NULL,
	last_used_at INTEGER
);

CREATE TABLE revisions (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	version    INTEGER NOT NULL,
	user_id    INTEGER,
	note       TEXT    NOT NULL DEFAULT '',
	title      TEXT    NOT NULL,
	dek        TEXT    NOT NULL DEFAULT '',
	body_html  TEXT    NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL
);
CREATE INDEX revisions_article ON revisions (article_id, id DESC);

CREATE TABLE audit (
	id         INTEGER PRIMARY KEY,
	user_id    INTEGER,
	action     TEXT    NOT NULL,
	subject    TEXT    NOT NULL,
	detail     TEXT    NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL
);
CREATE INDEX audit_created ON audit (id DESC);
CREATE INDEX audit_subject ON audit (subject, id DESC);
