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
 * One submission, followed through the three services' logs by the correlation id its caller chose: request-service
 * answers it, looks the items up in catalog-service (REST client), and its outbox reserves them in catalog-service
 * and opens the case in approval-service, whose outbox tells request-service that the case is open. Every one of
 * those requests is logged under the same id, in the JSON lines production writes.
 */
class CorrelationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneSubmissionCanBeFollowedThroughAllThreeServicesLogsByItsCorrelationId() {
        String requestId = Api.createDraft("olena", Api.request("Correlation check", "UA", Map.of(Api.BODY_ARMOUR, 2)));
        String correlationId = "it-" + UUID.randomUUID();

        Api.requests("olena").header("X-Correlation-Id", correlationId).post("/requests/" + requestId + "/submit")
                .then().statusCode(200).header("X-Correlation-Id", correlationId);
        Story.say("submitted %s with X-Correlation-Id %s", requestId, correlationId);

        List<JsonNode> request = awaitLines(ServiceSpec.REQUEST, correlationId,
                "POST /requests/" + requestId + "/submit -> 200", "POST /internal/requests/" + requestId + "/events -> 200");
        List<JsonNode> catalog = awaitLines(ServiceSpec.CATALOG, correlationId,
                "GET /catalog/items -> 200", "/catalog/reservations");
        List<JsonNode> approval = awaitLines(ServiceSpec.APPROVAL, correlationId, "POST /internal/cases -> 20");

        for (List<JsonNode> lines : List.of(request, catalog, approval)) {
            for (JsonNode line : lines) {
                assertEquals(correlationId, line.path("mdc").path("correlationId").asText());
                assertTrue(line.hasNonNull("timestamp") && line.hasNonNull("level"), line.toString());
            }
        }
        assertEquals("request-service", request.get(0).path("service").asText());
        assertEquals("catalog-service", catalog.get(0).path("service").asText());
        assertEquals("approval-service", approval.get(0).path("service").asText());
        Story.say("%d lines in request-service, %d in catalog-service, %d in approval-service carry it, e.g. %s",
                request.size(), catalog.size(), approval.size(), approval.get(0));
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
