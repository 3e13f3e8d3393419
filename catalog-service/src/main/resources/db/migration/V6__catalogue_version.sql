-- The catalogue's version (docs/performance.md, "The cached read path"): one number that every committed change of
-- an item raises, so that a listing's ETag and each replica's in-memory cache can be judged by comparing one number
-- instead of reading the items. A statement trigger raises it in the writing transaction and announces the new value
-- with NOTIFY, which PostgreSQL delivers to every listening replica only when that transaction commits.
CREATE TABLE catalog_version (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint   NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 1);

-- SECURITY DEFINER: the service's runtime role may not write the version row itself (R__runtime_privileges.sql),
-- only raise it through a change of items. The row lock it takes is held to commit, so catalogue writes (rare:
-- administrators and reservations) commit one after the other; they take it last, after their item locks.
CREATE FUNCTION catalog_version_raise() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    raised bigint;
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1 RETURNING version INTO raised;
    PERFORM pg_notify('catalog_version', raised::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_item_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON catalog_item
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_version_raise();
