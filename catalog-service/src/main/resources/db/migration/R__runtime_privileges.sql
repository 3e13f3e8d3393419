-- Runs on every migration (${flyway:timestamp}), after the versioned ones, as the schema's owner: the service's
-- runtime role gets what it needs on every table there is now, and no more. It owns nothing, so it can neither
-- ALTER a table (no DISABLE TRIGGER) nor grant itself anything back.
GRANT USAGE ON SCHEMA public TO "${runtime_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${runtime_role}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${runtime_role}";
-- Migrations are the owner's business only.
REVOKE ALL ON flyway_schema_history FROM "${runtime_role}";
-- Append-only: every change of every item.
REVOKE UPDATE, DELETE, TRUNCATE ON item_history FROM "${runtime_role}";
-- The catalogue's version is raised only by the trigger on items (V6), and its words kept only by the triggers on
-- items (V7), never written directly. (Not when one role both owns and runs: the triggers write with their
-- owner's rights.)
DO $$
BEGIN
    IF (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'catalog_version') <> '${runtime_role}' THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON catalog_version FROM "${runtime_role}";
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON catalog_item_word FROM "${runtime_role}";
    END IF;
END
$$;
