-- Copies of approval-service's signed audit checkpoints, kept where approval-service's database credentials cannot
-- reach: if its audit chain is later shortened or rewritten, these show what it held. Append-only (grants and trigger).
CREATE TABLE audit_checkpoint_copy (
    seq          bigint       PRIMARY KEY CHECK (seq >= 1),
    head_hash    varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    key_id       varchar(40)  NOT NULL,
    signature    varchar(200) NOT NULL,
    received_at  timestamptz  NOT NULL,
    received_from varchar(255) NOT NULL
);

CREATE FUNCTION audit_checkpoint_copy_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_checkpoint_copy_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint_copy
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_copy_is_append_only();

CREATE TRIGGER audit_checkpoint_copy_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint_copy
    FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_copy_is_append_only();
