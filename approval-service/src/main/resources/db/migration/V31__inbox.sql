-- An inbox that scales (docs/workflow.md): who is on a task, and what the inbox filters and pages by.

-- A claim is a hint, not a lock: others see who is on the task and may still decide it.
ALTER TABLE case_stage ADD COLUMN claimed_by varchar(100);
ALTER TABLE case_stage ADD COLUMN claimed_at timestamptz;
ALTER TABLE case_stage ADD CONSTRAINT case_stage_claim CHECK ((claimed_by IS NULL) = (claimed_at IS NULL));

-- Whether any line is lethal, kept with the case for the inbox's filter (computed from the facts it was opened with).
ALTER TABLE approval_case ADD COLUMN lethal boolean
    GENERATED ALWAYS AS (jsonb_path_exists(facts, '$.lines[*] ? (@.lethal == true)')) STORED;

-- The inbox reads open stages in due order and pages by (due_at, case_id, stage_key): one index walk per page.
DROP INDEX case_stage_open_idx;
CREATE INDEX case_stage_open_due_idx ON case_stage (due_at, case_id, stage_key) WHERE status = 'OPEN';
