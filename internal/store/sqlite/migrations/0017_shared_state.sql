-- State several nodes must share rather than keep each in memory.
--
-- login_failures are failed sign-ins per limiter key ("acct:" + email or
-- "ip:" + address), so a node behind a load balancer blocks an account
-- that was guessed at through another node. Rows are few by design: the
-- store keeps each key's newest failures and caps the whole table.
CREATE TABLE login_failures (
	id  INTEGER PRIMARY KEY,
	key TEXT    NOT NULL,
	at  INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);
CREATE INDEX login_failures_at ON login_failures (at);

-- claims are short leases on a piece of background work ("media:42"), so
-- that of several nodes that could do it, one does.
CREATE TABLE claims (
	name       TEXT    PRIMARY KEY,
	holder     TEXT    NOT NULL,
	expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX claims_expires ON claims (expires_at);
