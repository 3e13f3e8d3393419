package org.procurement.testing.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself: what it accepts and what it refuses, on a small document. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/cases/{id}": {"get": {"operationId": "getCase", "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}},
                "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
              "/cases/preview": {"get": {"operationId": "previewCase", "responses": {"204": {"description": "none"}}}}},
             "components": {"schemas": {
               "Case": {"type": "object", "required": ["id"], "properties": {
                 "id": {"type": "string", "format": "uuid"}, "note": {"type": ["string", "null"]},
                 "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                 "closedAt": {"description": "absent while open", "type": "string", "$ref": "#/components/schemas/Instant"}}},
               "Instant": {"type": "string", "format": "date-time"},
               "Problem": {"type": "object", "properties": {"instance": {"type": "string", "format": "uri-reference"}}}}}}
            """;

    private final OpenApiContract contract = OpenApiContract.parse(DOCUMENT);
    private final OpenApiContract.Operation getCase = contract.find("GET", "/cases/5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01")
            .orElseThrow();

    @Test
    void aBodyThatMatchesItsSchemaKeepsTheContract() {
        assertEquals(List.of(), contract.check(getCase, 200, "application/json;charset=UTF-8",
                "{\"id\": \"5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01\", \"note\": null, \"status\": \"OPEN\"}"));
        assertEquals(List.of(), contract.check(getCase, 404, "application/problem+json", "{\"instance\": \"/cases/x\"}"));
    }

    @Test
    void aWrongTypeAMissingFieldABadFormatOrAnUnknownEnumValueBreaksIt() {
        assertTrue(contract.check(getCase, 200, "application/json", "{\"id\": 7}").get(0).contains("/id"));
        assertEquals(1, contract.check(getCase, 200, "application/json", "{\"status\": \"OPEN\"}").size());
        assertEquals(1, contract.check(getCase, 200, "application/json", "{\"id\": \"not-a-uuid\"}").size());
        assertEquals(1, contract.check(getCase, 200, "application/json",
                "{\"id\": \"5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01\", \"status\": \"LOST\"}").size());
        assertFalse(contract.check(getCase, 200, "application/json",
                "{\"id\": \"5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01\", \"closedAt\": null}").isEmpty());
    }

    @Test
    void anUndocumentedStatusOrMediaTypeBreaksIt() {
        assertTrue(contract.check(getCase, 409, "application/problem+json", "{}").get(0)
                .contains("answered 409, which the document does not list (it lists 200, 404)"));
        assertTrue(contract.check(getCase, 200, "text/plain", "hello").get(0).contains("promises application/json"));
    }

    @Test
    void aLiteralPathWinsOverATemplateAndUnknownPathsAreNotOperations() {
        assertEquals("previewCase", contract.find("GET", "/cases/preview").orElseThrow().id());
        assertTrue(contract.find("POST", "/cases/preview").isEmpty());
        assertTrue(contract.find("GET", "/cases/a/b").isEmpty());
    }
}
