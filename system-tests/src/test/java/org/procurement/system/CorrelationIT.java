package org.procurement.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.procurement.stack.ServiceSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User actions followed through the three services' logs by the correlation id their caller chose, in the JSON
 * lines production writes. A submission: request-service answers it and looks the items up in catalog-service (REST
 * client); its outbox opens the case in approval-service, whose outbox tells request-service the case is open. The
 * final approval: approval-service records it, its outbox tells request-service, whose outbox reserves the items in
 * catalog-service. Every one of those requests is logged under the id of the action that caused it.
 */
class CorrelationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneSubmissionAndItsApprovalCanBeFollowedThroughAllThreeServicesLogs() {
        String requestId = Api.createDraft("olena", Api.request("Correlation check", "UA", Map.of(Api.BODY_ARMOUR, 2)));
        String submission = "it-submit-" + UUID.randomUUID();

        Api.requests("olena").header("X-Correlation-Id", submission).post("/requests/" + requestId + "/submit")
                .then().statusCode(200).header("X-Correlation-Id", submission);
        Story.say("olena submits %s with X-Correlation-Id %s", requestId, submission);

        List<JsonNode> request = awaitLines(ServiceSpec.REQUEST, submission,
                "POST /requests/" + requestId + "/submit -> 200", "POST /internal/requests/" + requestId + "/events -> 200");
        List<JsonNode> catalog = awaitLines(ServiceSpec.CATALOG, submission, "GET /catalog/items -> 200");
        List<JsonNode> approval = awaitLines(ServiceSpec.APPROVAL, submission, "POST /internal/cases -> 201");
        checkLines(request, "request-service", submission);
        checkLines(catalog, "catalog-service", submission);
        checkLines(approval, "approval-service", submission);
        Story.say("under it: %d lines of request-service (submit, then the case-opened event), %d of catalog-service"
                + " (lookup), %d of approval-service (case opened through the outbox), e.g. %s",
                request.size(), catalog.size(), approval.size(), approval.get(0));

        String caseId = Api.caseOf(requestId, 1);
        Api.approve("minjun", caseId, "technical-review");
        Api.approve("seoyeon", caseId, "export-control");
        String decision = "it-decide-" + UUID.randomUUID();
        Api.approvals("daeho").header("X-Correlation-Id", decision)
                .body(Map.of("outcome", "APPROVE", "comment", "daeho on final-authorization"))
                .post("/cases/" + caseId + "/stages/final-authorization/decisions")
                .then().statusCode(201).header("X-Correlation-Id", decision);

        checkLines(awaitLines(ServiceSpec.APPROVAL, decision, "/stages/final-authorization/decisions -> 201"),
                "approval-service", decision);
        checkLines(awaitLines(ServiceSpec.REQUEST, decision, "POST /internal/requests/" + requestId + "/events -> 200"),
                "request-service", decision);
        List<JsonNode> reservation = awaitLines(ServiceSpec.CATALOG, decision, "POST /catalog/reservations -> 20");
        checkLines(reservation, "catalog-service", decision);
        Story.say("daeho's final approval (X-Correlation-Id %s) reaches catalog-service's reservation two outbox hops"
                + " later: %s", decision, reservation.get(0).path("message").asText());
    }

    private static void checkLines(List<JsonNode> lines, String service, String correlationId) {
        for (JsonNode line : lines) {
            assertEquals(correlationId, line.path("mdc").path("correlationId").asText());
            assertEquals(service, line.path("service").asText());
            assertTrue(line.hasNonNull("timestamp") && line.hasNonNull("level"), line.toString());
        }
    }

    @Test
    void aMalformedCorrelationIdIsReplacedAtTheEdge() {
        String answered = Api.catalog("olena").header("X-Correlation-Id", "not ok; injected=1").get("/catalog/categories")
                .then().statusCode(200).extract().header("X-Correlation-Id");
        assertTrue(answered.matches("[0-9a-f-]{36}"), answered);
    }

    /** Waits until the service's log holds, under the id, a line containing each of {@code expected}; returns all. */
    private static List<JsonNode> awaitLines(ServiceSpec service, String correlationId, String... expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            found.addAll(linesUnder(service, correlationId));
            return List.of(expected).stream().allMatch(text -> found.stream()
                    .anyMatch(line -> line.path("message").asText().contains(text)));
        });
        return found;
    }

    private static List<JsonNode> linesUnder(ServiceSpec service, String correlationId) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Suite.get().log(service), StandardCharsets.UTF_8)) {
                // Production's format: every line the service logs is one JSON object (the JVM may add plain lines).
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                if (correlationId.equals(entry.path("mdc").path("correlationId").asText(null))) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
