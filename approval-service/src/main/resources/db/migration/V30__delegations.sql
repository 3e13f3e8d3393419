-- Delegation while absent (docs/workflow.md): an approver hands one deciding role to a colleague of the same
-- organisation for a period. Rows are kept when ended (ended_at, ended_by), never deleted.
CREATE TABLE delegation (
    id           uuid          PRIMARY KEY,
    delegator    varchar(100)  NOT NULL,
    delegate     varchar(100)  NOT NULL,
    organisation varchar(40)   NOT NULL,
    role         varchar(40)   NOT NULL,
    valid_from   timestamptz   NOT NULL,
    valid_until  timestamptz   NOT NULL,
    reason       varchar(1000) NOT NULL,
    created_at   timestamptz   NOT NULL,
    ended_at     timestamptz,
    ended_by     varchar(100),
    CONSTRAINT delegation_period CHECK (valid_until > valid_from),
    CONSTRAINT delegation_not_to_self CHECK (delegate <> delegator),
    CONSTRAINT delegation_ended_by CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
CREATE INDEX delegation_delegate_idx ON delegation (delegate, organisation) WHERE ended_at IS NULL;
CREATE INDEX delegation_delegator_idx ON delegation (delegator, role) WHERE ended_at IS NULL;
CREATE INDEX delegation_created_idx ON delegation (created_at DESC, id);

-- A decision made as a delegate names the delegator whose authority it used. As decision_case_actor_key does for
-- the actor, the database backs one decision per case for the delegator too.
ALTER TABLE decision ADD COLUMN on_behalf_of varchar(100);
ALTER TABLE decision ADD COLUMN delegation_id uuid REFERENCES delegation (id);
ALTER TABLE decision ADD CONSTRAINT decision_delegation_named CHECK ((on_behalf_of IS NULL) = (delegation_id IS NULL));
CREATE UNIQUE INDEX decision_case_on_behalf_of_key ON decision (case_id, on_behalf_of) WHERE on_behalf_of IS NOT NULL;

ALTER TABLE audit_entry ADD COLUMN on_behalf_of varchar(100);
