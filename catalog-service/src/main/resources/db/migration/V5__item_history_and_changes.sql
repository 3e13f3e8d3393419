-- Every change of a catalogue item is kept: who, when, and each field's value before and after. Append-only: the
-- application has no update or delete path, and the database refuses them too.
CREATE TABLE item_history (
    id          uuid          PRIMARY KEY,
    item_id     uuid          NOT NULL REFERENCES catalog_item (id),
    kind        varchar(16)   NOT NULL CHECK (kind IN ('CREATED', 'REVISED', 'WITHDRAWN', 'CONFIRMED')),
    changed_by  varchar(100)  NOT NULL,
    changed_at  timestamptz   NOT NULL,
    proposed_by varchar(100),
    change_id   uuid,
    fields      jsonb         NOT NULL
);
CREATE INDEX item_history_item_idx ON item_history (item_id, changed_at, id);

CREATE FUNCTION item_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'item_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER item_history_append_only BEFORE UPDATE OR DELETE ON item_history
    FOR EACH ROW EXECUTE FUNCTION item_history_is_append_only();
CREATE TRIGGER item_history_no_truncate BEFORE TRUNCATE ON item_history
    FOR EACH STATEMENT EXECUTE FUNCTION item_history_is_append_only();

-- A change that lowers control waits here for a second catalogue administrator. The item's version when it was
-- proposed is kept, so a change proposed against facts that have changed since is never applied over them.
CREATE TABLE item_change (
    id           uuid          PRIMARY KEY,
    item_id      uuid          NOT NULL REFERENCES catalog_item (id),
    status       varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'WITHDRAWN', 'EXPIRED')),
    item_version bigint        NOT NULL,
    proposed     jsonb         NOT NULL,
    lowers       jsonb         NOT NULL,
    proposed_by  varchar(100)  NOT NULL,
    proposed_at  timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    decided_by   varchar(100),
    decided_at   timestamptz,
    CONSTRAINT item_change_four_eyes CHECK (status <> 'CONFIRMED' OR decided_by <> proposed_by)
);
-- At most one change waiting per item.
CREATE UNIQUE INDEX item_change_one_pending ON item_change (item_id) WHERE status = 'PENDING';
CREATE INDEX item_change_item_idx ON item_change (item_id, proposed_at);
