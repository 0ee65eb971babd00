-- Desk work: internal notes on stories, in-newsroom notifications, and
-- how to send e-mail. Notes live apart from articles so no public query
-- can reach them.
CREATE TABLE article_notes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	user_id    INTEGER NOT NULL REFERENCES users (id),
	body       TEXT    NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX article_notes_article ON article_notes (article_id, id);

CREATE TABLE notifications (
	id         INTEGER PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	kind       TEXT    NOT NULL,
	article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,
	actor_id   INTEGER,
	note_id    INTEGER,
	created_at INTEGER NOT NULL,
	read_at    INTEGER
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

CREATE TABLE mail_settings (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	data TEXT    NOT NULL
);
