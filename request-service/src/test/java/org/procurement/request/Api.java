package org.procurement.request;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;
import org.procurement.testing.contract.EventContract;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls to the service as a given person, with a real signed token. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** A requester of an organisation that no other test uses, for lists whose contents a test must know exactly. */
    static RequestSpecification asRequesterOf(String organisation) {
        return given().auth().oauth2(Tokens.user("req-" + organisation.toLowerCase(), organisation, Set.of("requester")))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification asApprovalService() {
        return given().auth().oauth2(Tokens.service("approval-service")).contentType(ContentType.JSON);
    }

    /** Creates a draft as {@code user} and returns the answer (201 expected). */
    static ExtractableResponse<Response> createDraft(RequestSpecification as, String body) {
        return as.body(body).post("/requests").then().statusCode(201).extract();
    }

    static String createDraft(DemoUser user, String body) {
        return createDraft(as(user), body).path("id");
    }

    static void submit(DemoUser user, String id) {
        as(user).post("/requests/" + id + "/submit").then().statusCode(200);
    }

    static String etagOf(DemoUser user, String id) {
        return as(user).get("/requests/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Sends a case event as approval-service and returns its receipt. */
    static ExtractableResponse<Response> event(String requestId, Map<String, Object> event) {
        return asApprovalService().body(event).post("/internal/requests/" + requestId + "/events").then()
                .statusCode(200).extract();
    }

    /** The event approval-service sends when a case opens, from the shared contract document. */
    static Map<String, Object> caseOpened(int round) {
        return fromContract("case-opened", Map.of("eventId", UUID.randomUUID(), "round", round, "caseId", UUID.randomUUID(),
                "occurredAt", "2026-11-26T10:00:00Z"));
    }

    /** The event approval-service sends when later stages of a case open, from the shared contract document. */
    static Map<String, Object> stagesOpened(int round) {
        return fromContract("stages-opened", Map.of("eventId", UUID.randomUUID(), "round", round,
                "caseId", UUID.randomUUID(), "occurredAt", "2026-11-27T15:30:00Z"));
    }

    /** The event approval-service sends when a case closes, from the shared contract document. */
    static Map<String, Object> caseClosed(int round, String outcome, String conditions, String reason, String actor) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("eventId", UUID.randomUUID());
        values.put("round", round);
        values.put("caseId", UUID.randomUUID());
        values.put("outcome", outcome);
        values.put("conditions", conditions);
        values.put("reason", reason);
        values.put("actor", actor);
        values.put("occurredAt", "2026-11-26T11:00:00Z");
        return fromContract("case-closed", values);
    }

    private static Map<String, Object> fromContract(String contract, Map<String, ?> values) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    EventContract.document(contract, values), new com.fasterxml.jackson.core.type.TypeReference<>() {
                    });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
