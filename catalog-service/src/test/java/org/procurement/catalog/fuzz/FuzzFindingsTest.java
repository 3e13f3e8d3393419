package org.procurement.catalog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The defects the fuzz suite found, one test each, sent byte for byte (rest-assured would encode or reject them).
 * The fixes live in service-support, so they hold for all three services.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FuzzFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aNonAsciiPathThatNamesNothingIs404ProblemNot500() throws Exception {
        // The problem's instance was built from the decoded path, which URI.create refused: every such 404 was a 500.
        HttpResponse<String> answer = send(get("/catalog/items/by-sku/%D0%9A%D0%B8%D1%97%D0%B2%20X"));
        assertProblem(answer, 404);
        assertEquals("/catalog/items/by-sku/%D0%9A%D0%B8%D1%97%D0%B2%20X", problem(answer).path("instance").asText());
    }

    @Test
    void aNulCharacterInAJsonStringIs400NamingTheField() throws Exception {
        // PostgreSQL stores U+0000 in no text column; the insert failed with a 500 after validation had passed.
        HttpResponse<String> answer = send(post("/catalog/items", CatalogFuzzTest.item(sku()).replace("\"Fuzz item\"", "\"a\\u0000b\"")));
        assertProblem(answer, 400);
        assertEquals("description", problem(answer).path("violations").path(0).path("field").asText());
    }

    @Test
    void aNulCharacterInAPathOrQueryParameterIs400NamingIt() throws Exception {
        HttpResponse<String> bySku = send(get("/catalog/items/by-sku/KR%00X"));
        assertProblem(bySku, 400);
        assertEquals("sku", problem(bySku).path("violations").path(0).path("field").asText());
        HttpResponse<String> search = send(get("/catalog/items?q=howitzer%00"));
        assertProblem(search, 400);
        assertEquals("q", problem(search).path("violations").path(0).path("field").asText());
    }

    @Test
    void aBodyOverTheLimitIs413Problem() throws Exception {
        // The HTTP layer answered a bare 413 with no body.
        HttpResponse<String> answer = send(post("/catalog/items", oversized()));
        assertProblem(answer, 413);
        assertEquals(1024 * 1024, problem(answer).path("maxBodySize").asInt());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemToo() throws Exception {
        // Without Content-Length the limit was not applied at all: the whole body was read and parsed.
        HttpResponse<String> answer = send(chunked(post("/catalog/items", null), oversized()));
        assertProblem(answer, 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsStillRead() throws Exception {
        HttpResponse<String> answer = send(chunked(post("/catalog/items", null), CatalogFuzzTest.item(sku())));
        assertEquals(201, answer.statusCode(), answer.body());
    }

    private static String sku() {
        return "FIND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String oversized() {
        return CatalogFuzzTest.item(sku()).replace("\"Fuzz item\"", "\"" + "x".repeat(1024 * 1024 + 10) + "\"");
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder post(String path, String body) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        return body == null ? builder : builder.POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder chunked(HttpRequest.Builder builder, String body) {
        return builder.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Tokens.of(DemoUser.ADMIN));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertEquals(status, problem(answer).path("status").asInt());
    }

    private static JsonNode problem(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }
}
