-- The outbox tables, as every service that sends or receives events creates them in its own migrations.
CREATE TABLE outbox_message (
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
    correlation_id  varchar(64),
    traceparent     varchar(55)
);
CREATE INDEX outbox_message_pending ON outbox_message (seq) WHERE delivered_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_message_aggregate ON outbox_message (aggregate_id, seq) WHERE delivered_at IS NULL AND dead_at IS NULL;

CREATE TABLE processed_event (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
