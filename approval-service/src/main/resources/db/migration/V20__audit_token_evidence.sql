-- Each audit entry names the access token it was written under: its id (jti), the SHA-256 of the raw token (never
-- the token) and when the user signed in. Part of the entry's hash when present; absent on older entries.
ALTER TABLE audit_entry ADD COLUMN token_id varchar(100);
ALTER TABLE audit_entry ADD COLUMN token_sha256 varchar(64);
ALTER TABLE audit_entry ADD COLUMN auth_time timestamptz;
