package org.procurement.request.rest;

/**
 * Realistic bodies shown in Swagger UI. The items are the demo catalogue's K9A1 howitzer and Chiron MANPADS, so a
 * requester signed in to the demo stack can create and submit {@link #FULL_REQUEST} as it stands.
 */
final class Examples {

    private Examples() {
    }

    /** Everything a submission needs: artillery and air defence for Ukraine's Ministry of Defence. */
    static final String FULL_REQUEST = """
            {
              "title": "Artillery and air defence for the eastern front",
              "justification": "Counter-battery fire and short-range air defence to protect the brigades holding the eastern front; replaces systems lost since 2025.",
              "intendedEndUse": "Operated by the Armed Forces of Ukraine within Ukraine's internationally recognised borders, for territorial defence only.",
              "priority": "URGENT",
              "neededBy": "2027-03-01",
              "destination": {"country": "UA", "location": "Kyiv"},
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
                {"itemId": "38c4a8d9-b6ca-5906-844e-a4e152d80585", "quantity": 6, "note": "K9A1 Thunder howitzers for two batteries"},
                {"itemId": "b15d5d78-8287-5ac6-b857-b5e0e00f9c25", "quantity": 20, "note": "Chiron MANPADS with tripod launchers"}
              ]
            }""";

    /** The least a draft needs: a title. Everything else may follow before submission. */
    static final String TITLE_ONLY = """
            {
              "title": "Artillery and air defence for the eastern front"
            }""";

    static final String WITHDRAWAL = """
            {
              "reason": "Requirement met by another supplier"
            }""";

    /** A request as read after submission: lines priced and frozen from the catalogue, totals set. */
    static final String SUBMITTED_REQUEST = """
            {
              "id": "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44",
              "reference": "REQ-2026-000123",
              "organisation": "UA-MOD",
              "status": "SUBMITTED",
              "round": 1,
              "title": "Artillery and air defence for the eastern front",
              "justification": "Counter-battery fire and short-range air defence to protect the brigades holding the eastern front; replaces systems lost since 2025.",
              "intendedEndUse": "Operated by the Armed Forces of Ukraine within Ukraine's internationally recognised borders, for territorial defence only.",
              "priority": "URGENT",
              "neededBy": "2027-03-01",
              "destination": {"country": "UA", "location": "Kyiv"},
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
                {"itemId": "38c4a8d9-b6ca-5906-844e-a4e152d80585", "quantity": 6, "note": "K9A1 Thunder howitzers for two batteries",
                 "sku": "KR-ART-K9A1", "designation": "K9A1 Thunder", "unitPrice": 3800000.00, "currency": "USD",
                 "lethal": true, "majorDefenseEquipment": true, "mlCode": "ML2", "lineTotal": 22800000.00},
                {"itemId": "b15d5d78-8287-5ac6-b857-b5e0e00f9c25", "quantity": 20, "note": "Chiron MANPADS with tripod launchers",
                 "sku": "KR-ADA-CHIRON", "designation": "Chiron (KP-SAM Shingung)", "unitPrice": 250000.00, "currency": "USD",
                 "lethal": true, "majorDefenseEquipment": false, "mlCode": "ML4", "lineTotal": 5000000.00}
              ],
              "total": 27800000.00,
              "currency": "USD",
              "conditions": null,
              "reason": null,
              "createdBy": "olena",
              "createdAt": "2026-11-26T09:12:31Z",
              "updatedBy": "olena",
              "updatedAt": "2026-11-26T10:00:04Z",
              "submittedBy": "olena",
              "submittedAt": "2026-11-26T10:00:04Z",
              "version": 2
            }""";

    static final String TIMELINE = """
            [
              {"at": "2026-11-26T09:12:31Z", "actor": "olena", "action": "CREATED", "fromStatus": null,
               "toStatus": "DRAFT", "round": 0, "detail": "Draft created"},
              {"at": "2026-11-26T09:40:12Z", "actor": "olena", "action": "EDITED", "fromStatus": "DRAFT",
               "toStatus": "DRAFT", "round": 0, "detail": "Details edited"},
              {"at": "2026-11-26T10:00:04Z", "actor": "olena", "action": "SUBMITTED", "fromStatus": "DRAFT",
               "toStatus": "SUBMITTED", "round": 1, "detail": "Submitted for round 1, total 27800000.00 USD"},
              {"at": "2026-11-26T10:00:06Z", "actor": "approval-service", "action": "CASE_OPENED",
               "fromStatus": "SUBMITTED", "toStatus": "IN_REVIEW", "round": 1, "detail": "Case opened for round 1"}
            ]""";

    /** approval-service opened the case of round 1 (docs/contracts.md). */
    static final String CASE_OPENED = """
            {
              "eventId": "5d1c7f3a-2b9e-4c61-8f0d-3a7e9b2c4d15",
              "type": "CASE_OPENED",
              "round": 1,
              "caseId": "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f",
              "occurredAt": "2026-11-26T10:00:06Z",
              "actor": null
            }""";

    /** approval-service decided round 1: approved with conditions (docs/contracts.md). */
    static final String CASE_CLOSED = """
            {
              "eventId": "c2e4a6b8-1d3f-4a5c-9e7b-0f2d4b6a8c91",
              "type": "CASE_CLOSED",
              "round": 1,
              "caseId": "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f",
              "outcome": "APPROVED_WITH_CONDITIONS",
              "conditions": "Delivery in two tranches; end-use monitoring visit within 6 months",
              "reason": null,
              "actor": "daeho",
              "occurredAt": "2026-12-03T14:25:00Z"
            }""";

    static final String EVENT_APPLIED = """
            {"applied": true, "duplicate": false, "status": "IN_REVIEW"}""";

    static final String EVENT_DUPLICATE = """
            {"applied": false, "duplicate": true, "status": "IN_REVIEW"}""";

    /** approval-service's signed checkpoint of its audit chain's head, as its outbox sends it. */
    static final String AUDIT_CHECKPOINT = """
            {
              "seq": 1284,
              "hash": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
              "createdAt": "2026-11-30T10:15:00Z",
              "keyId": "ed25519:9f2c4e1a7b3d5c60",
              "signature": "m0Jd3kq9yB1q2k4t6n8p0r2t4v6x8z0B2D4F6H8J0L2N4P6R8T0V2X4Z6b8d0f2h4j6l8n0p2r4t6v8x0z2B4D6F8Hw=="
            }""";

    /** The same, as kept here. */
    static final String AUDIT_CHECKPOINT_COPY = """
            {
              "seq": 1284,
              "hash": "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
              "createdAt": "2026-11-30T10:15:00Z",
              "keyId": "ed25519:9f2c4e1a7b3d5c60",
              "signature": "m0Jd3kq9yB1q2k4t6n8p0r2t4v6x8z0B2D4F6H8J0L2N4P6R8T0V2X4Z6b8d0f2h4j6l8n0p2r4t6v8x0z2B4D6F8Hw==",
              "receivedAt": "2026-11-30T10:15:01Z"
            }""";
}
