-- A stage's decisions are loaded by stage (the case's stages each read theirs, in time order). Without this index
-- every decision scanned the whole decision table: at a million cases a decision took over 10 s (bench/run.sh).
CREATE INDEX decision_stage ON decision (stage_id, decided_at, id);
