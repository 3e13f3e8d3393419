-- Keyed links: each new entry's hash is HMAC-SHA-256 with a key kept outside the database; key_id names the key (part
-- of the hashed content) so that entries stay verifiable after a rotation. Older entries have none and keep their
-- plain SHA-256 links; the first keyed entry links to them.
ALTER TABLE audit_entry ADD COLUMN key_id varchar(40);

-- Signed checkpoints: the chain's head (seq, hash) at a time, signed with Ed25519 and also sent to request-service,
-- so that a rewritten or shortened chain shows against a copy this database cannot touch. One per head position.
CREATE TABLE audit_checkpoint (
    seq         bigint       PRIMARY KEY CHECK (seq >= 1),
    head_hash   varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    key_id      varchar(40)  NOT NULL,
    signature   varchar(200) NOT NULL
);

-- The guard names the table it guards (it now guards two).
CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
