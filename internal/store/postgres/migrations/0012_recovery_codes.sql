-- One-time recovery codes for two-step verification: a user who has lost
-- the phone signs in with one of them instead of a code. Only hashes are
-- kept; a used code keeps its row (used_at set) so that trying it again
-- can be told apart from a code that never existed.
CREATE TABLE recovery_codes (
	user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
	code_hash  TEXT    NOT NULL,
	created_at BIGINT NOT NULL,
	used_at    BIGINT,
	PRIMARY KEY (user_id, code_hash)
);
