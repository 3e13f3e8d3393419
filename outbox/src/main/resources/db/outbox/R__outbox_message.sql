-- The outbox table, one definition for every service that sends through the outbox module: each service lists
-- db/outbox in quarkus.flyway.locations. Written to be run again safely (IF NOT EXISTS): databases created
-- before this file have the same table from their own early migrations, which stay as they were applied.
-- A change to the outbox table goes here, idempotent too (ALTER TABLE ... ADD COLUMN IF NOT EXISTS ...).
CREATE TABLE IF NOT EXISTS outbox_message (
    id              uuid          PRIMARY KEY,
    seq             bigint        GENERATED ALWAYS AS IDENTITY UNIQUE,
    destination     varchar(40)   NOT NULL,
    method          varchar(8)    NOT NULL,
    path            varchar(400)  NOT NULL,
    aggregate_id    varchar(100)  NOT NULL,
    payload         text,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    lease_until     timestamptz,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    last_error      varchar(1000),
    -- The correlation id and W3C trace context of the work that wrote the message, sent with its delivery.
    correlation_id  varchar(64),
    traceparent     varchar(55)
);
CREATE INDEX IF NOT EXISTS outbox_message_pending ON outbox_message (seq)
    WHERE delivered_at IS NULL AND dead_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_message_aggregate ON outbox_message (aggregate_id, seq)
    WHERE delivered_at IS NULL AND dead_at IS NULL;
