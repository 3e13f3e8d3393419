-- How many items each (status, category) holds, kept by a trigger so that listing totals and category counts
-- read a few rows instead of counting a million. Row locks on a tally row serialise concurrent writers of the
-- same category, which keeps the numbers exact.
CREATE TABLE catalog_item_tally (
    status   varchar(16) NOT NULL,
    category varchar(32) NOT NULL,
    items    bigint      NOT NULL CHECK (items >= 0),
    PRIMARY KEY (status, category)
);

INSERT INTO catalog_item_tally (status, category, items)
SELECT status, category, count(*) FROM catalog_item GROUP BY status, category;

-- A row leaving a group always finds the group's tally row (it was counted in when it arrived); a row arriving may
-- be the group's first. (An upsert of -1 would trip the CHECK before the conflict is resolved.)
CREATE FUNCTION catalog_item_tally_change(p_status varchar, p_category varchar, p_delta bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_delta < 0 THEN
        UPDATE catalog_item_tally SET items = items + p_delta WHERE status = p_status AND category = p_category;
    ELSE
        INSERT INTO catalog_item_tally AS t (status, category, items) VALUES (p_status, p_category, p_delta)
        ON CONFLICT (status, category) DO UPDATE SET items = t.items + EXCLUDED.items;
    END IF;
END;
$$;

CREATE FUNCTION catalog_item_tally_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM catalog_item_tally_change(OLD.status, OLD.category, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM catalog_item_tally_change(NEW.status, NEW.category, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_item_tally_insert_delete AFTER INSERT OR DELETE ON catalog_item
    FOR EACH ROW EXECUTE FUNCTION catalog_item_tally_trigger();
CREATE TRIGGER catalog_item_tally_update AFTER UPDATE OF status, category ON catalog_item
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.category IS DISTINCT FROM NEW.category)
    EXECUTE FUNCTION catalog_item_tally_trigger();
