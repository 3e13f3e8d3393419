-- What the ministry waits for while its request is in review (approval-service's CASE_OPENED and STAGES_OPENED):
-- the open stages with their due times, so requesters read them here rather than in approval-service.
ALTER TABLE procurement_request ADD COLUMN waiting_stages jsonb;
