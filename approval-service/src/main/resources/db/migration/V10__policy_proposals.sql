-- Policy changes under four eyes: an authorizer proposes, a different authorizer approves (publishing it as the
-- next version) or anyone of them rejects. Proposals are kept forever, whatever their outcome.
CREATE TABLE policy_proposal (
    id                uuid          PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    definition        jsonb         NOT NULL,
    based_on_version  integer       NOT NULL REFERENCES policy (version),
    status            varchar(16)   NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by       varchar(100)  NOT NULL,
    proposed_at       timestamptz   NOT NULL,
    decided_by        varchar(100),
    decided_at        timestamptz,
    reason            varchar(4000),
    published_version integer       REFERENCES policy (version),
    -- The database backs the four-eyes rule too: an approval is never by the proposer.
    CONSTRAINT policy_proposal_four_eyes CHECK (status <> 'APPROVED' OR decided_by <> proposed_by)
);
CREATE INDEX policy_proposal_status_idx ON policy_proposal (status, proposed_at DESC);

-- Who proposed a published version (published_by is who approved it; 'migration' for version 1).
ALTER TABLE policy ADD COLUMN proposed_by varchar(100);
ALTER TABLE policy ADD COLUMN proposal_id uuid REFERENCES policy_proposal (id);
