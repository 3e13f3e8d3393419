package org.procurement.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON log format production uses (quarkus-logging-json; here written to a file by the test profile): every
 * line is one JSON object, and a request's lines carry its correlation id in the MDC.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class JsonLogTest {

    private static final Path LOG = Path.of("target/logs/catalog-service.json.log");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyLineIsAJsonObjectAndTheRequestLineCarriesTheCorrelationId() throws IOException {
        String id = "json-log-" + System.nanoTime();
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).header("X-Correlation-Id", id)
                .when().get("/catalog/categories").then().statusCode(200);

        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        List<JsonNode> mine = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);   // throws on anything but JSON
            assertTrue(entry.isObject(), line);
            assertTrue(entry.hasNonNull("timestamp") && entry.hasNonNull("level") && entry.hasNonNull("message"), line);
            if (id.equals(entry.path("mdc").path("correlationId").asText(null))) {
                mine.add(entry);
            }
        }
        assertEquals(1, mine.size(), "lines under " + id);
        JsonNode line = mine.get(0);
        assertEquals("org.procurement.requests", line.path("loggerName").asText());
        assertEquals("INFO", line.path("level").asText());
        assertTrue(line.path("message").asText().startsWith("GET /catalog/categories -> 200 ("), line.toString());
        assertEquals("catalog-service", line.path("service").asText());
    }
}
