-- Times are Unix milliseconds in UTC; NULL where the domain has a zero time.
CREATE TABLE settings (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	data    TEXT    NOT NULL,
	version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sections (
	id          INTEGER PRIMARY KEY,
	slug        TEXT    NOT NULL UNIQUE,
	name        TEXT    NOT NULL,
	description TEXT    NOT NULL DEFAULT '',
	position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tags (
	id   INTEGER PRIMARY KEY,
	slug TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL
);

CREATE TABLE media (
	id         INTEGER PRIMARY KEY,
	key        TEXT    NOT NULL,
	mime_type  TEXT    NOT NULL,
	width      INTEGER NOT NULL DEFAULT 0,
	height     INTEGER NOT NULL DEFAULT 0,
	bytes      INTEGER NOT NULL DEFAULT 0,
	caption    TEXT    NOT NULL DEFAULT '',
	credit     TEXT    NOT NULL DEFAULT '',
	alt        TEXT    NOT NULL DEFAULT '',
	variants   TEXT    NOT NULL DEFAULT '[]',
	created_at INTEGER NOT NULL
);

CREATE TABLE people (
	id             INTEGER PRIMARY KEY,
	slug           TEXT NOT NULL UNIQUE,
	name           TEXT NOT NULL,
	title          TEXT NOT NULL DEFAULT '',
	bio            TEXT NOT NULL DEFAULT '',
	email          TEXT NOT NULL DEFAULT '',
	photo_media_id INTEGER REFERENCES media (id),
	links          TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE articles (
	id                INTEGER PRIMARY KEY,
	slug              TEXT    NOT NULL UNIQUE,
	title             TEXT    NOT NULL,
	dek               TEXT    NOT NULL DEFAULT '',
	dateline          TEXT    NOT NULL DEFAULT '',
	body_html         TEXT    NOT NULL DEFAULT '',
	label             TEXT    NOT NULL,
	breaking          INTEGER NOT NULL DEFAULT 0,
	section_id        INTEGER NOT NULL REFERENCES sections (id),
	featured_media_id INTEGER REFERENCES media (id),
	status            TEXT    NOT NULL,
	publish_at        INTEGER,
	published_at      INTEGER,
	updated_at        INTEGER,
	created_at        INTEGER NOT NULL,
	modified_at       INTEGER NOT NULL,
	version           INTEGER NOT NULL DEFAULT 1,
	word_count        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_status_published ON articles (status, published_at DESC, id DESC);
CREATE INDEX articles_section_published ON articles (section_id, status, published_at DESC, id DESC);
CREATE INDEX articles_scheduled ON articles (publish_at) WHERE status = 'scheduled';

CREATE TABLE article_authors (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	person_id  INTEGER NOT NULL REFERENCES people (id),
	position   INTEGER NOT NULL,
	PRIMARY KEY (article_id, person_id)
);
CREATE INDEX article_authors_person ON article_authors (person_id);

CREATE TABLE article_tags (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	tag_id     INTEGER NOT NULL REFERENCES tags (id),
	position   INTEGER NOT NULL,
	PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id);

CREATE TABLE article_related (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	related_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	position   INTEGER NOT NULL,
	PRIMARY KEY (article_id, related_id)
);

CREATE TABLE corrections (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind       TEXT    NOT NULL,
	note       TEXT    NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX corrections_article ON corrections (article_id);

CREATE TABLE redirects (
	from_path  TEXT PRIMARY KEY,
	to_path    TEXT    NOT NULL,
	created_at INTEGER NOT NULL
);

CREATE TABLE article_views (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	day        INTEGER NOT NULL,
	views      INTEGER NOT NULL,
	PRIMARY KEY (article_id, day)
);
CREATE INDEX article_views_day ON article_views (day);
