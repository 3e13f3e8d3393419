-- No structuring: each case's lines by catalogue item and value, so that a new request's totalAtLeast can count the
-- same organisation's recent live requests for the same items. Organisation and opening time are copied from the
-- case so that one index finds them; the status (which changes) is read from the case.
CREATE TABLE case_line (
    case_id      uuid         NOT NULL REFERENCES approval_case (id),
    position     integer      NOT NULL,
    organisation varchar(40)  NOT NULL,
    item_id      uuid         NOT NULL,
    value        numeric      NOT NULL CHECK (value >= 0),
    opened_at    timestamptz  NOT NULL,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX case_line_aggregation_idx ON case_line (organisation, item_id, opened_at);

-- What routing compared for totalAtLeast (the aggregated total and the requests it counted); null before this.
ALTER TABLE approval_case ADD COLUMN aggregation jsonb;

-- Cases opened before: their lines count for requests opened from now on.
INSERT INTO case_line (case_id, position, organisation, item_id, value, opened_at)
SELECT c.id, l.position - 1, c.organisation, (l.line ->> 'itemId')::uuid,
       coalesce((l.line ->> 'lineTotal')::numeric, (l.line ->> 'unitPrice')::numeric * (l.line ->> 'quantity')::numeric),
       c.opened_at
FROM approval_case c
CROSS JOIN LATERAL jsonb_array_elements(c.facts -> 'lines') WITH ORDINALITY AS l(line, position)
WHERE l.line ->> 'itemId' IS NOT NULL
  AND coalesce(l.line ->> 'lineTotal', l.line ->> 'unitPrice') IS NOT NULL
  AND (l.line ->> 'lineTotal' IS NOT NULL OR l.line ->> 'quantity' IS NOT NULL);
