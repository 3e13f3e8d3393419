-- Default policy, version 1. The JSON between the $policy$ quotes is also read by the unit tests of routing,
-- so what they prove is what production runs.
INSERT INTO policy (version, name, definition, published_by, published_at) VALUES (1, 'Default export policy', $policy$
{
  "name": "Default export policy",
  "stages": [
    {
      "key": "technical-review", "title": "Technical review", "role": "reviewer", "quorum": 1, "order": 1,
      "description": "Checks the request against the catalogue, quantities and delivery terms.",
      "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
    },
    {
      "key": "export-control", "title": "Export control", "role": "export-control", "quorum": 1, "order": 1,
      "description": "Checks the end-user certificate and the no-re-export undertaking.",
      "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
    },
    {
      "key": "policy-board", "title": "Policy board", "role": "policy-board", "quorum": 2, "order": 2,
      "description": "Political sign-off for lethal equipment bound for a conflict zone, or for very large requests.",
      "condition": {"type": "any", "of": [
        {"type": "all", "of": [{"type": "anyLineLethal"}, {"type": "destinationInConflictZone"}]},
        {"type": "totalAtLeast", "amount": 100000000}
      ]},
      "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
    },
    {
      "key": "final-authorization", "title": "Final authorization", "role": "authorizer", "quorum": 1, "order": 3,
      "description": "The ministry's final authorization, possibly with conditions.",
      "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
    }
  ]
}
$policy$::jsonb, 'migration', TIMESTAMPTZ '2026-01-01 00:00:00+00');
