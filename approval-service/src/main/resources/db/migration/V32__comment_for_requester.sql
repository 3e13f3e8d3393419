-- What the requesting ministry reads of a decision: the outcome, conditions and reason always; the comment only when
-- the decider marks it for them (docs/workflow.md, section 6).
ALTER TABLE decision ADD COLUMN comment_for_requester boolean NOT NULL DEFAULT false;
