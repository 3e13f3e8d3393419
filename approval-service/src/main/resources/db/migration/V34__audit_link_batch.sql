-- One call links a whole batch (AuditLinker): a decision records about three entries, and a call per entry cost
-- a round trip, a read of the head and a statement each. Same rules as audit_link (V33), which it replaces: under
-- the chain lock, the first entry follows the head, each next one the one before; content only from pending rows.
DROP FUNCTION audit_link(bigint, bigint, varchar, varchar, varchar);

CREATE FUNCTION audit_link(p_pending bigint[], p_first_seq bigint, p_previous_hash varchar, p_hashes varchar[],
                           p_key_id varchar)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    head_seq  bigint;
    head_hash varchar;
    linked    integer;
BEGIN
    PERFORM pg_advisory_xact_lock(280603412820); -- "AUDIT", AuditTrail.CHAIN_LOCK
    IF coalesce(array_length(p_pending, 1), 0) <> coalesce(array_length(p_hashes, 1), 0) THEN
        RAISE EXCEPTION 'audit_link: % pending entries but % hashes', array_length(p_pending, 1),
            array_length(p_hashes, 1) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
    IF p_first_seq <> coalesce(head_seq, 0) + 1 OR p_previous_hash <> coalesce(head_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'audit entry % does not follow the head (% %)', p_first_seq, head_seq, head_hash
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO audit_entry (seq, id, occurred_at, type, case_id, reference, stage_key, actor, on_behalf_of, role,
                             outcome, comment, policy_version, token_id, token_sha256, auth_time,
                             previous_hash, hash, key_id)
    SELECT p_first_seq + u.n - 1, p.entry_id, p.occurred_at, p.type, p.case_id, p.reference, p.stage_key, p.actor,
           p.on_behalf_of, p.role, p.outcome, p.comment, p.policy_version, p.token_id, p.token_sha256, p.auth_time,
           CASE WHEN u.n = 1 THEN p_previous_hash ELSE p_hashes[u.n - 1] END, p_hashes[u.n], p_key_id
    FROM unnest(p_pending) WITH ORDINALITY AS u(id, n)
    JOIN audit_pending p ON p.id = u.id
    ORDER BY u.n;
    GET DIAGNOSTICS linked = ROW_COUNT;
    IF linked <> coalesce(array_length(p_pending, 1), 0) THEN
        RAISE EXCEPTION 'audit_link: % of % pending entries found', linked, array_length(p_pending, 1)
            USING ERRCODE = 'no_data_found';
    END IF;
    DELETE FROM audit_pending WHERE id = ANY (p_pending);
    RETURN linked;
END;
$$;
REVOKE ALL ON FUNCTION audit_link(bigint[], bigint, varchar, varchar[], varchar) FROM PUBLIC;
