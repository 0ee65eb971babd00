-- The last two-step verification time step a user's code was accepted
-- for: a code is good once, so one seen over a shoulder or read from a
-- log cannot sign in again within its 30 seconds.
ALTER TABLE users ADD COLUMN totp_step BIGINT NOT NULL DEFAULT 0;
