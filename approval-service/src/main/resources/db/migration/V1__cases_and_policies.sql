-- Policies are data: each published version is kept forever, because cases keep the version they started with.
CREATE TABLE policy (
    version      integer      PRIMARY KEY CHECK (version >= 1),
    name         varchar(200) NOT NULL,
    definition   jsonb        NOT NULL,
    published_by varchar(100) NOT NULL,
    published_at timestamptz  NOT NULL
);

-- One case per request round, holding the request facts it was opened with.
CREATE TABLE approval_case (
    id                  uuid          PRIMARY KEY,
    request_id          uuid          NOT NULL,
    round               integer       NOT NULL CHECK (round >= 1),
    reference           varchar(40)   NOT NULL,
    title               varchar(300),
    organisation        varchar(40)   NOT NULL,
    submitted_by        varchar(100)  NOT NULL,
    priority            varchar(16)   NOT NULL,
    destination_country varchar(2)    NOT NULL,
    total               numeric(19,2) NOT NULL,
    currency            varchar(3)    NOT NULL,
    facts               jsonb         NOT NULL,
    policy_version      integer       NOT NULL REFERENCES policy (version),
    status              varchar(32)   NOT NULL,
    conditions          varchar(4000),
    reason              varchar(4000),
    closed_by           varchar(100),
    closed_at           timestamptz,
    opened_at           timestamptz   NOT NULL,
    CONSTRAINT approval_case_request_round_key UNIQUE (request_id, round)
);
CREATE INDEX approval_case_status_idx ON approval_case (status, opened_at);

-- The stages that apply to a case, computed once when it opens (role, quorum and due time copied from the policy).
CREATE TABLE case_stage (
    id           uuid         PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES approval_case (id),
    stage_key    varchar(60)  NOT NULL,
    title        varchar(200) NOT NULL,
    description  varchar(1000),
    role         varchar(40)  NOT NULL,
    quorum       integer      NOT NULL CHECK (quorum >= 1),
    stage_order  integer      NOT NULL,
    policy_position integer   NOT NULL,
    applies_because varchar(2000) NOT NULL,
    due_after    varchar(40)  NOT NULL,
    status       varchar(16)  NOT NULL,
    opened_at    timestamptz,
    due_at       timestamptz,
    completed_at timestamptz,
    overdue      boolean      NOT NULL DEFAULT false,
    CONSTRAINT case_stage_case_key UNIQUE (case_id, stage_key)
);
CREATE INDEX case_stage_open_idx ON case_stage (status, due_at) WHERE status = 'OPEN';

-- Decisions. The unique keys back the separation-of-duties rules even if application code were wrong:
-- one person decides a stage at most once, and at most one stage of a case.
CREATE TABLE decision (
    id                 uuid         PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES approval_case (id),
    stage_id           uuid         NOT NULL REFERENCES case_stage (id),
    stage_key          varchar(60)  NOT NULL,
    actor              varchar(100) NOT NULL,
    actor_organisation varchar(40)  NOT NULL,
    role               varchar(40)  NOT NULL,
    outcome            varchar(32)  NOT NULL,
    comment            varchar(4000),
    conditions         varchar(4000),
    reason             varchar(4000),
    decided_at         timestamptz  NOT NULL,
    CONSTRAINT decision_case_stage_actor_key UNIQUE (case_id, stage_key, actor),
    CONSTRAINT decision_case_actor_key UNIQUE (case_id, actor)
);

-- Messages to request-service, written in the same transaction as the change they announce.
-- A relay (lifecycle issue) delivers them with retries; until then they wait here, undelivered.
CREATE TABLE outbox_message (
    id           uuid         PRIMARY KEY,
    request_id   uuid         NOT NULL,
    type         varchar(40)  NOT NULL,
    payload      jsonb        NOT NULL,
    created_at   timestamptz  NOT NULL,
    attempts     integer      NOT NULL DEFAULT 0,
    delivered_at timestamptz
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (created_at) WHERE delivered_at IS NULL;
