package org.procurement.approval.rest;

/**
 * Realistic request bodies shown in Swagger UI. Items, prices and ids are those of the demo catalogue; people and
 * organisations are the demo realm's.
 */
final class Examples {

    private Examples() {
    }

    static final String APPROVE = """
            {
              "outcome": "APPROVE",
              "comment": "Quantities, unit prices and delivery terms match the catalogue."
            }""";

    static final String APPROVE_WITH_CONDITIONS = """
            {
              "outcome": "APPROVE_WITH_CONDITIONS",
              "comment": "End-user certificate EUC-UA-2026-0412 verified with the Ministry of Defence of Ukraine.",
              "conditions": "Delivery in two tranches; end-use monitoring visit within 6 months"
            }""";

    static final String RETURN_FOR_AMENDMENT = """
            {
              "outcome": "RETURN_FOR_AMENDMENT",
              "reason": "The end-user certificate names no signatory. Attach a certificate signed by the issuing authority and resubmit."
            }""";

    static final String REJECT = """
            {
              "outcome": "REJECT",
              "reason": "The end user is not the armed forces of the requesting government; re-export cannot be ruled out."
            }""";

    /** Lethal artillery and air defence bound for a conflict zone: the default policy routes it through the board. */
    static final String ROUTE_PREVIEW_LETHAL_TO_UA = """
            {
              "priority": "URGENT",
              "destinationCountry": "UA",
              "currency": "USD",
              "total": 43800000.00,
              "lines": [
                {"sku": "KR-ART-K9A1", "quantity": 6, "unitPrice": 3800000.00, "lineTotal": 22800000.00,
                 "lethal": true, "majorDefenseEquipment": true},
                {"sku": "KR-ADA-CHIRON", "quantity": 20, "unitPrice": 250000.00, "lineTotal": 5000000.00,
                 "lethal": true, "majorDefenseEquipment": false},
                {"sku": "KR-AMM-K307", "quantity": 5000, "unitPrice": 3200.00, "lineTotal": 16000000.00,
                 "lethal": true, "majorDefenseEquipment": false}
              ]
            }""";

    /** Non-lethal equipment for a destination not at war: no policy board. */
    static final String ROUTE_PREVIEW_NON_LETHAL_TO_PL = """
            {
              "priority": "ROUTINE",
              "destinationCountry": "PL",
              "lines": [
                {"sku": "KR-RDR-TPQ74K", "quantity": 2, "unitPrice": 9000000.00,
                 "lethal": false, "majorDefenseEquipment": true},
                {"sku": "KR-LOG-KM250", "quantity": 40, "unitPrice": 95000.00,
                 "lethal": false, "majorDefenseEquipment": false}
              ]
            }""";

    /** A submitted request round as request-service sends it (docs/contracts.md, "Open a case"). */
    static final String OPEN_CASE = """
            {
              "eventId": "5d1c9e20-7b3a-4c8e-a1f6-2e4d8b0c9f13",
              "requestId": "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44",
              "round": 1,
              "reference": "REQ-2026-000123",
              "organisation": "UA-MOD",
              "submittedBy": "olena",
              "submittedAt": "2026-11-26T10:00:00Z",
              "title": "Artillery and air defence for the eastern front",
              "priority": "URGENT",
              "destinationCountry": "UA",
              "destinationLocation": "Kyiv",
              "neededBy": "2027-03-01",
              "financingMethod": "GRANT",
              "endUserCertificate": {
                "number": "EUC-UA-2026-0412",
                "issuingAuthority": "Ministry of Defence of Ukraine",
                "issueDate": "2026-11-01",
                "signatory": "Deputy Minister of Defence for Procurement",
                "endUser": "Armed Forces of Ukraine",
                "noReExportUndertaking": true
              },
              "lines": [
                {"itemId": "38c4a8d9-b6ca-5906-844e-a4e152d80585", "sku": "KR-ART-K9A1", "designation": "K9A1 Thunder",
                 "quantity": 6, "unitPrice": 3800000.00, "currency": "USD", "lineTotal": 22800000.00,
                 "lethal": true, "majorDefenseEquipment": true, "mlCode": "ML2"},
                {"itemId": "b15d5d78-8287-5ac6-b857-b5e0e00f9c25", "sku": "KR-ADA-CHIRON",
                 "designation": "Chiron (KP-SAM Shingung)", "quantity": 20, "unitPrice": 250000.00, "currency": "USD",
                 "lineTotal": 5000000.00, "lethal": true, "majorDefenseEquipment": false, "mlCode": "ML4"},
                {"itemId": "adf1c01c-7e01-5418-a931-cc54c862b3d2", "sku": "KR-AMM-K307", "designation": "K307",
                 "quantity": 5000, "unitPrice": 3200.00, "currency": "USD", "lineTotal": 16000000.00,
                 "lethal": true, "majorDefenseEquipment": false, "mlCode": "ML3"}
              ],
              "total": 43800000.00,
              "currency": "USD"
            }""";

    /** A withdrawn request (docs/contracts.md, "Cancel the case"). */
    static final String CANCELLATION = """
            {
              "eventId": "c2f7a4d1-0e3b-4b6a-9f85-7d1e2c3b4a50",
              "requestId": "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44",
              "round": 1,
              "reason": "Requirement met by another supplier",
              "actor": "olena"
            }""";

    /**
     * The default policy (migration V3__default_policy.sql) with one change: requests from 50,000,000 USD (instead of
     * 100,000,000) go to the policy board.
     */
    static final String POLICY_LOWER_BOARD_THRESHOLD = """
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
                    {"type": "totalAtLeast", "amount": 50000000}
                  ]},
                  "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
                },
                {
                  "key": "final-authorization", "title": "Final authorization", "role": "authorizer", "quorum": 1, "order": 3,
                  "description": "The ministry's final authorization, possibly with conditions.",
                  "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}
                }
              ]
            }""";

    static final String AUDIT_CSV = """
            seq,id,occurredAt,type,caseId,reference,stageKey,actor,role,outcome,comment,policyVersion,previousHash,hash,tokenId,tokenSha256,authTime,keyId
            41,7c2d9e10-5a3b-4f6e-8d21-0b9a8c7d6e5f,2026-11-26T10:00:01Z,STAGE_OPENED,3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f,REQ-2026-000123,export-control,,export-control,,Due at 2026-12-01T10:00:01Z,1,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855,ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb,,,,k1
            42,0f8e6c1a-3b7d-4e2a-9c15-5a4b3c2d1e0f,2026-11-27T09:12:44Z,DECISION,3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f,REQ-2026-000123,export-control,seoyeon,export-control,APPROVE,EUC-UA-2026-0412 verified,1,ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb,3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d,9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e,5d41402abc4b2a76b9719d911017c592aa1f8e2b6c3d4e5f60718293a4b5c6d7,2026-11-27T08:55:02Z,k1
            """;

    /** Two lines, one entry each: the format is one JSON object per line, so the example is not one JSON value. */
    static final String AUDIT_JSONL = """
            {"seq":42,"id":"0f8e6c1a-3b7d-4e2a-9c15-5a4b3c2d1e0f","occurredAt":"2026-11-27T09:12:44Z","type":"DECISION","caseId":"3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f","reference":"REQ-2026-000123","stageKey":"export-control","actor":"seoyeon","role":"export-control","outcome":"APPROVE","comment":"EUC-UA-2026-0412 verified","policyVersion":1,"previousHash":"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb","hash":"3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d","tokenId":"9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e","tokenSha256":"5d41402abc4b2a76b9719d911017c592aa1f8e2b6c3d4e5f60718293a4b5c6d7","authTime":"2026-11-27T08:55:02Z","keyId":"k1"}
            {"seq":43,"id":"5b1e0c9d-2f4a-4d3b-8e6f-7a8b9c0d1e2f","occurredAt":"2026-11-27T09:12:44Z","type":"STAGE_COMPLETED","caseId":"3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f","reference":"REQ-2026-000123","stageKey":"export-control","actor":"seoyeon","role":"export-control","outcome":"APPROVE","comment":null,"policyVersion":1,"previousHash":"3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d","hash":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae","tokenId":null,"tokenSha256":null,"authTime":null,"keyId":"k1"}
            """;

    static final String AUDIT_VERIFY_INTACT = """
            {"intact": true, "entriesChecked": 1284, "keyedEntries": 1200,
             "lastHash": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
             "checkpoint": {"seq": 1284, "hash": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
               "createdAt": "2026-11-30T10:15:00Z", "source": "request-service", "signatureValid": true}}
            """;

    static final String AUDIT_VERIFY_TAIL_MISSING = """
            {"intact": false, "entriesChecked": 1281, "keyedEntries": 1197,
             "lastHash": "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
             "checkpoint": {"seq": 1284, "hash": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
               "createdAt": "2026-11-30T10:15:00Z", "source": "request-service", "signatureValid": true,
               "problem": "entries 1282..1284 signed by the checkpoint of 2026-11-30T10:15:00Z are missing: the chain ends at 1281"}}
            """;
}
