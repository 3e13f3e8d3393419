-- How many items each (status, category) holds, kept by triggers so that listing totals and category counts
-- read a few rows instead of counting a million. The triggers are per statement, over transition tables: a
-- bulk load of a million rows adds up once, and an update that moves no item between groups (a reservation
-- changing quantities) writes nothing. Row locks on the tally rows keep concurrent writers exact.
CREATE TABLE catalog_item_tally (
    status   varchar(16) NOT NULL,
    category varchar(32) NOT NULL,
    items    bigint      NOT NULL,
    PRIMARY KEY (status, category)
);

INSERT INTO catalog_item_tally (status, category, items)
SELECT status, category, count(*) FROM catalog_item GROUP BY status, category;

CREATE FUNCTION catalog_item_tally_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- old_rows / new_rows exist only for the operations that have them; each branch names only its own.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO catalog_item_tally AS t (status, category, items)
        SELECT status, category, count(*) FROM new_rows GROUP BY status, category
        ON CONFLICT (status, category) DO UPDATE SET items = t.items + EXCLUDED.items;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_item_tally AS t (status, category, items)
        SELECT status, category, -count(*) FROM old_rows GROUP BY status, category
        ON CONFLICT (status, category) DO UPDATE SET items = t.items + EXCLUDED.items;
    ELSE
        INSERT INTO catalog_item_tally AS t (status, category, items)
        SELECT status, category, sum(change) FROM (
            SELECT status, category, -1 AS change FROM old_rows
            UNION ALL
            SELECT status, category, 1 FROM new_rows) moved
        GROUP BY status, category
        HAVING sum(change) <> 0
        ON CONFLICT (status, category) DO UPDATE SET items = t.items + EXCLUDED.items;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_item_tally_insert AFTER INSERT ON catalog_item
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_tally_apply();
CREATE TRIGGER catalog_item_tally_delete AFTER DELETE ON catalog_item
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_tally_apply();
CREATE TRIGGER catalog_item_tally_update AFTER UPDATE ON catalog_item
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_tally_apply();
