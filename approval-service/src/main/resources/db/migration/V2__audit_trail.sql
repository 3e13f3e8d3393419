-- The audit trail: append-only and hash-chained. seq is assigned by the appender while it holds the chain lock,
-- so the chain is a single line; the unique previous_hash makes a fork impossible even if that lock were bypassed.
CREATE TABLE audit_entry (
    seq            bigint       PRIMARY KEY CHECK (seq >= 1),
    id             uuid         NOT NULL UNIQUE,
    occurred_at    timestamptz  NOT NULL,
    type           varchar(32)  NOT NULL,
    case_id        uuid,
    reference      varchar(40),
    stage_key      varchar(60),
    actor          varchar(100),
    role           varchar(40),
    outcome        varchar(32),
    comment        varchar(4000),
    policy_version integer,
    previous_hash  varchar(64)  NOT NULL UNIQUE,
    hash           varchar(64)  NOT NULL UNIQUE
);
CREATE INDEX audit_entry_case_idx ON audit_entry (case_id, seq);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);

-- No update or delete path exists in the application; the database refuses them too.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
