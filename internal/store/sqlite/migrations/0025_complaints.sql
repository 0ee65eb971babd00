-- Readers' complaints and rights of reply (Hak Jawab), with the
-- newsroom's internal notes on them and the trail of every change. They
-- live apart from articles: a story deleted for good leaves its
-- complaints in the queue, without the link.
CREATE TABLE complaints (
	id          INTEGER PRIMARY KEY,
	kind        TEXT    NOT NULL,
	article_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL,
	name        TEXT    NOT NULL,
	email       TEXT    NOT NULL,
	phone       TEXT    NOT NULL DEFAULT '',
	body        TEXT    NOT NULL,
	client_key  TEXT    NOT NULL DEFAULT '',
	received_at INTEGER NOT NULL,
	due_at      INTEGER NOT NULL,
	status      TEXT    NOT NULL,
	assignee_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
	reply_body  TEXT    NOT NULL DEFAULT '',
	reply_at    INTEGER
);
CREATE INDEX complaints_due ON complaints (due_at, id);
CREATE INDEX complaints_client ON complaints (client_key, received_at);
CREATE INDEX complaints_article ON complaints (article_id);
CREATE INDEX complaints_replies ON complaints (reply_at) WHERE reply_at IS NOT NULL;

CREATE TABLE complaint_notes (
	id           INTEGER PRIMARY KEY,
	complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
	user_id      INTEGER NOT NULL REFERENCES users (id),
	body         TEXT    NOT NULL,
	created_at   INTEGER NOT NULL
);
CREATE INDEX complaint_notes_complaint ON complaint_notes (complaint_id, id);

CREATE TABLE complaint_changes (
	id           INTEGER PRIMARY KEY,
	complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
	user_id      INTEGER,
	action       TEXT    NOT NULL,
	detail       TEXT    NOT NULL DEFAULT '',
	created_at   INTEGER NOT NULL
);
CREATE INDEX complaint_changes_complaint ON complaint_changes (complaint_id, id);
