package org.procurement.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service must do from day one: health, OpenAPI and metrics served, tokens and roles enforced, and
 * every failure answered as a problem document. A service's test class extends this and names its endpoints.
 */
public abstract class ServiceFoundationContract {

    /** A GET that any authenticated user may call. */
    protected abstract String authenticatedPath();

    /** Calls an operation that needs a specific role, as prepared by {@code request} (which carries the token). */
    protected abstract Response callGuarded(RequestSpecification request);

    /** The status that operation answers when permitted. */
    protected int guardedSuccessStatus() {
        return 200;
    }

    /** A user who holds that role. */
    protected abstract DemoUser permittedUser();

    /** An authenticated user who does not. */
    protected abstract DemoUser refusedUser();

    /** A POST that takes JSON and that {@link #permittedJsonUser()} may call. */
    protected abstract String jsonPostPath();

    protected abstract DemoUser permittedJsonUser();

    @Test
    void readinessIsUpWithTheDatabaseChecked() {
        Management.given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessAndStartupAreUp() {
        Management.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", startsWith("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    /** Client generators name their methods after operationIds: every operation has one, verb-noun, unique. */
    @Test
    void everyOperationHasAStableVerbNounOperationIdAndTheServerIsRelative() {
        io.restassured.path.json.JsonPath document = given().accept(ContentType.JSON).when()
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("/", document.getString("servers[0].url"));
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<String> problems = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!java.util.Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            Object id = operation.get("operationId");
            if (id == null || !id.toString().matches("(list|get|create|update|replace|withdraw|submit|decide|propose"
                    + "|approve|reject|confirm|open|cancel|apply|keep|export|verify|preview|release|claim|end|delete|upload"
                    + "|download|patch)[A-Z][A-Za-z]+")) {
                problems.add(method.toUpperCase() + " " + path + ": operationId " + id);
            } else {
                ids.add(id.toString());
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), problems);
        org.junit.jupiter.api.Assertions.assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "unique: " + ids);
    }

    @Test
    void openApiSignInPointsAtTheKeycloakConfiguredAtRunTime() {
        String realm = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class).replaceAll("/+$", "");
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("oauth2"))
                .body("components.securitySchemes.oidc.flows.authorizationCode.authorizationUrl",
                        equalTo(realm + "/protocol/openid-connect/auth"))
                .body("components.securitySchemes.oidc.flows.authorizationCode.tokenUrl",
                        equalTo(realm + "/protocol/openid-connect/token"));
    }

    @Test
    void prometheusMetricsAreServed() {
        Management.given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /** Health and metrics live on the management port only: the API port (the one an Ingress routes) has neither. */
    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void withoutTokenTheAnswerIs401Problem() {
        given().when().get(authenticatedPath()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void withAGarbageTokenTheAnswerIs401Problem() {
        given().auth().oauth2("not-a-token").when().get(authenticatedPath()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withTheWrongRoleTheAnswerIs403Problem() {
        callGuarded(given().auth().oauth2(Tokens.of(refusedUser()))).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("https://procurement.example/problems/forbidden"));
    }

    @Test
    void withTheRightRoleTheOperationSucceeds() {
        callGuarded(given().auth().oauth2(Tokens.of(permittedUser()))).then().statusCode(guardedSuccessStatus());
    }

    @Test
    void anyAuthenticatedUserMayReadWithAToken() {
        given().auth().oauth2(Tokens.of(refusedUser())).when().get(authenticatedPath()).then().statusCode(200);
    }

    @Test
    void answersCarryBrowserSecurityHeaders() {
        given().auth().oauth2(Tokens.of(refusedUser())).when().get(authenticatedPath()).then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", startsWith("max-age=31536000"))
                .header("Content-Security-Policy", startsWith("default-src 'none'; frame-ancestors 'none'"));
        // Problems too: a 401 is an answer like any other.
        given().when().get(authenticatedPath()).then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    /** Swagger UI runs its own scripts and calls Keycloak's token endpoint; nothing else, and never in a frame. */
    @Test
    void swaggerUiRunsUnderAPolicyThatAdmitsOnlyItselfAndKeycloak() {
        String keycloak = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class).replaceAll("^(https?://[^/]+).*$", "$1");
        String policy = given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().header("Content-Security-Policy");
        org.junit.jupiter.api.Assertions.assertTrue(policy.contains("connect-src 'self' " + keycloak + ";"), policy);
        org.junit.jupiter.api.Assertions.assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        org.junit.jupiter.api.Assertions.assertTrue(policy.contains("object-src 'none'"), policy);
        org.junit.jupiter.api.Assertions.assertTrue(policy.startsWith("default-src 'self'"), policy);
    }

    @Test
    void aPageOnAnAllowedOriginMayReadTheCorrelationIdAndTheVersion() {
        String exposed = given().auth().oauth2(Tokens.of(refusedUser())).header("Origin", "http://localhost:8082")
                .when().get(authenticatedPath()).then().statusCode(200)
                .extract().header("Access-Control-Expose-Headers");
        org.junit.jupiter.api.Assertions.assertNotNull(exposed, "Access-Control-Expose-Headers");
        for (String header : new String[] {"x-correlation-id", "etag", "location"}) {
            org.junit.jupiter.api.Assertions.assertTrue(exposed.toLowerCase().contains(header), exposed);
        }
    }

    @Test
    void corsAdmitsOnlyTheConfiguredOrigins() {
        given().header("Origin", "http://localhost:8082").header("Access-Control-Request-Method", "GET")
                .when().options(authenticatedPath()).then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8082"));
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "GET")
                .when().options(authenticatedPath()).then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.not(equalTo("https://attacker.example")));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().auth().oauth2(Tokens.of(permittedUser())).when().get("/no/such/route").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/route"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth().oauth2(Tokens.of(permittedJsonUser())).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post(jsonPostPath()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://procurement.example/problems/malformed-json"));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().auth().oauth2(Tokens.of(permittedJsonUser())).contentType(ContentType.TEXT).body("hello")
                .when().post(jsonPostPath()).then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    /** RFC 9110 asks servers to take at least 8000 octets; beyond the limit the answer is a problem, not a bare 414. */
    @Test
    void anOverLongUriIs414ProblemAndOneAtTheLimitIsServed() {
        String path = authenticatedPath() + (authenticatedPath().contains("?") ? "&" : "?") + "padding=";
        given().auth().oauth2(Tokens.of(permittedUser())).urlEncodingEnabled(false).when()
                .get(path + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://procurement.example/problems/uri-too-long"))
                .body("maxUriLength", equalTo(8192));
        given().auth().oauth2(Tokens.of(permittedUser())).urlEncodingEnabled(false).when()
                .get(path + "a".repeat(8192 - path.length())).then().statusCode(200);
    }
}
