-- Decisions without the chain lock (docs/performance.md). A writer records what happened here, in its own
-- transaction and without any shared lock; the appender (AuditLinker) then links committed rows into the chain in
-- the order they were written, through audit_link below, the only way into audit_entry.
CREATE TABLE audit_pending (
    id             bigserial    PRIMARY KEY,
    entry_id       uuid         NOT NULL UNIQUE,
    occurred_at    timestamptz  NOT NULL,
    type           varchar(32)  NOT NULL,
    case_id        uuid,
    reference      varchar(40),
    stage_key      varchar(60),
    actor          varchar(100),
    on_behalf_of   varchar(100),
    role           varchar(40),
    outcome        varchar(32),
    comment        varchar(4000),
    policy_version integer,
    token_id       varchar(100),
    token_sha256   varchar(64),
    auth_time      timestamptz
);

-- Moves one pending row into the chain as entry p_seq, linked to the head, and returns p_seq. The content comes from the pending row
-- only, so the caller supplies numbering and hashes, never what happened. The chain lock is taken here too (it is
-- re-entrant within a transaction), so the chain is extended by one transaction at a time whoever calls this.
CREATE FUNCTION audit_link(p_pending bigint, p_seq bigint, p_previous_hash varchar, p_hash varchar, p_key_id varchar)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    head_seq  bigint;
    head_hash varchar;
BEGIN
    PERFORM pg_advisory_xact_lock(280603412820); -- "AUDIT", AuditTrail.CHAIN_LOCK
    SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
    IF p_seq <> coalesce(head_seq, 0) + 1 OR p_previous_hash <> coalesce(head_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'audit entry % does not follow the head (% %)', p_seq, head_seq, head_hash
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO audit_entry (seq, id, occurred_at, type, case_id, reference, stage_key, actor, on_behalf_of, role,
                             outcome, comment, policy_version, token_id, token_sha256, auth_time,
                             previous_hash, hash, key_id)
    SELECT p_seq, p.entry_id, p.occurred_at, p.type, p.case_id, p.reference, p.stage_key, p.actor, p.on_behalf_of,
           p.role, p.outcome, p.comment, p.policy_version, p.token_id, p.token_sha256, p.auth_time,
           p_previous_hash, p_hash, p_key_id
    FROM audit_pending p WHERE p.id = p_pending;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no pending audit entry %', p_pending USING ERRCODE = 'no_data_found';
    END IF;
    DELETE FROM audit_pending WHERE id = p_pending;
    RETURN p_seq;
END;
$$;
REVOKE ALL ON FUNCTION audit_link(bigint, bigint, varchar, varchar, varchar) FROM PUBLIC;
