-- API tokens get a scope and an optional expiry (issue 14). Tokens made
-- before this could do everything their account can, so they stay
-- "write"; they never expire, as before.
ALTER TABLE tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
ALTER TABLE tokens ADD COLUMN expires_at BIGINT;
CREATE INDEX tokens_user ON tokens (user_id);
