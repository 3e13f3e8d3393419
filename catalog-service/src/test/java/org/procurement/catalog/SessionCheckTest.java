package org.procurement.catalog;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

/**
 * The write-time session check as one unit: Keycloak's introspection endpoint is a stub here (the real one is
 * exercised by the system test SessionEndIT, with real sign-outs and a disabled user).
 */
@QuarkusTest
@TestProfile(SessionCheckTest.Enabled.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SessionCheckTest {

    static final String INTROSPECTION = "/session-check/introspect";

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procurement.session-check.enabled", "true",
                    "procurement.session-check.introspection-url", "${keycloak.url}" + INTROSPECTION,
                    "procurement.session-check.client-secret", "catalog-test-secret",
                    "procurement.session-check.cache-ttl", "10m");
        }
    }

    @OidcWireMock
    WireMockServer keycloak;

    @AfterEach
    void forgetStubs() {
        keycloak.removeStubsByMetadata(WireMock.matchingJsonPath("$.sessionCheck"));
    }

    private void introspectionAnswers(String token, int status, String body) {
        keycloak.stubFor(WireMock.post(urlPathMatching(".*" + INTROSPECTION))
                .withRequestBody(containing("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .withMetadata(Map.of("sessionCheck", true))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static String adminToken(String name) {
        return Tokens.user(name, "KR-DAPA", Set.of("catalog-admin"));
    }

    @Test
    void aWriteWithAnEndedSessionIs401AndChangesNothingWhileReadsStillWork() {
        String token = adminToken("signed-out-admin");
        introspectionAnswers(token, 200, "{\"active\": false}");
        String sku = uniqueSku("KR-SES");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(item(sku)).post("/catalog/items").then()
                .statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", endsWith("/session-ended"));
        given().auth().oauth2(token).queryParam("q", sku).get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(0));
        // The introspection call authenticates as the service's own client.
        keycloak.verify(postRequestedFor(urlPathMatching(".*" + INTROSPECTION)).withBasicAuth(
                new com.github.tomakehurst.wiremock.client.BasicCredentials("catalog-service", "catalog-test-secret")));
    }

    @Test
    void anActiveSessionWritesAndIsAskedAboutOnceWithinTheCacheLifetime() {
        String token = adminToken("active-admin");
        introspectionAnswers(token, 200, "{\"active\": true}");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(item(uniqueSku("KR-SES")))
                    .post("/catalog/items").then().statusCode(201);
        }
        keycloak.verify(1, postRequestedFor(urlPathMatching(".*" + INTROSPECTION))
                .withRequestBody(containing("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    @Test
    void keycloakUnreachableRefusesTheWriteWith503() {
        String token = adminToken("admin-while-keycloak-fails");
        introspectionAnswers(token, 500, "{}");
        String sku = uniqueSku("KR-SES");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(item(sku)).post("/catalog/items").then()
                .statusCode(503).header("Retry-After", equalTo("5"))
                .body("type", endsWith("/identity-provider-unavailable"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).queryParam("q", sku).get("/catalog/items").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void serviceAccountsAndReadsAreNotIntrospected() {
        String service = Tokens.service("request-service");
        String reader = adminToken("reading-admin");
        given().auth().oauth2(reader).get("/catalog/items").then().statusCode(200);
        given().auth().oauth2(service).contentType(ContentType.JSON)
                .body(Map.of("reference", "REQ-2026-SES001", "lines", java.util.List.of()))
                .post("/catalog/reservations").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        keycloak.verify(0, postRequestedFor(urlPathMatching(".*" + INTROSPECTION))
                .withRequestBody(containing("token=" + URLEncoder.encode(reader, StandardCharsets.UTF_8))));
        keycloak.verify(0, postRequestedFor(urlPathMatching(".*" + INTROSPECTION))
                .withRequestBody(containing("token=" + URLEncoder.encode(service, StandardCharsets.UTF_8))));
    }
}
