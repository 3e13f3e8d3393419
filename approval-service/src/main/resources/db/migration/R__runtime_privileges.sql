-- Runs on every migration (${flyway:timestamp}), after the versioned ones, as the schema's owner: the service's
-- runtime role gets what it needs on every table there is now, and no more. It owns nothing, so it can neither
-- ALTER a table (no DISABLE TRIGGER) nor grant itself anything back.
GRANT USAGE ON SCHEMA public TO "${runtime_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${runtime_role}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${runtime_role}";
-- Migrations are the owner's business only.
REVOKE ALL ON flyway_schema_history FROM "${runtime_role}";
-- Append-only: the record of what was decided and under which rules.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint, decision, policy FROM "${runtime_role}";
-- The chain grows only through audit_link (V33, V34), from pending rows that leave only by becoming entries.
REVOKE INSERT ON audit_entry FROM "${runtime_role}";
REVOKE UPDATE, DELETE, TRUNCATE ON audit_pending FROM "${runtime_role}";
GRANT EXECUTE ON FUNCTION audit_link(bigint[], bigint, varchar, varchar[], varchar) TO "${runtime_role}";
-- Delegations are ended (an UPDATE of ended_at), never removed: the record of who could act for whom.
REVOKE DELETE, TRUNCATE ON delegation FROM "${runtime_role}";
