package org.procurement.request;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.TARAS;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class DraftTest {

    @Test
    void olenaCreatesADraftWithOnlyATitleForHerOrganisation() {
        as(OLENA).body(Drafts.titleOnly("Winter equipment")).post("/requests").then().statusCode(201)
                .header("Location", matchesPattern(".*/requests/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("reference", matchesPattern("REQ-\\d{4}-\\d{6}"))
                .body("organisation", equalTo("UA-MOD"))
                .body("createdBy", equalTo("olena"))
                .body("round", equalTo(0))
                .body("total", nullValue());
    }

    @Test
    void eachRequestGetsItsOwnReferenceFoundCaseInsensitively() {
        String first = Api.createDraft(as(OLENA), Drafts.titleOnly("First")).path("reference");
        String second = Api.createDraft(as(OLENA), Drafts.titleOnly("Second")).path("reference");
        assertNotEquals(first, second);
        as(OLENA).get("/requests/by-reference/" + second.toLowerCase()).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("title", equalTo("Second"));
        as(OLENA).get("/requests/by-reference/REQ-1999-000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void organisationInTheBodyIsRefusedBecauseItComesFromTheToken() {
        as(OLENA).body("{\"title\": \"Sneaky\", \"organisation\": \"PL-MOD\"}").post("/requests").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("organisation"));
    }

    @Test
    void titleIsTheOnlyFieldADraftNeeds() {
        as(OLENA).body("{\"justification\": \"no title\"}").post("/requests").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("title"));
    }

    @Test
    void invalidDraftFieldsAreAllNamedWith400() {
        String body = """
                {"title": "%s", "destination": {"country": "Ukraine"},
                 "lines": [{"itemId": "%s", "quantity": 0}, {"quantity": 1}]}"""
                .formatted("x".repeat(201), UUID.randomUUID());
        as(OLENA).body(body).post("/requests").then().statusCode(400)
                .body("type", equalTo("https://procurement.example/problems/validation-failed"))
                .body("violations.field", containsInAnyOrder("title", "destination.country", "lines[0].quantity",
                        "lines[1].itemId"));
    }

    @Test
    void unknownPriorityIs400NamingTheAllowedValues() {
        as(OLENA).body("{\"title\": \"t\", \"priority\": \"SOON\"}").post("/requests").then().statusCode(400)
                .body("violations[0].field", equalTo("priority"))
                .body("violations[0].message", equalTo("must be one of: ROUTINE, URGENT, EMERGENCY"));
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnTheSameRequest() {
        String key = UUID.randomUUID().toString();
        String body = Drafts.titleOnly("Retried over a bad connection");
        String id = as(OLENA).header("Idempotency-Key", key).body(body).post("/requests").then().statusCode(201)
                .extract().path("id");
        // The same content, formatted differently, is the same request.
        as(OLENA).header("Idempotency-Key", key).body("{ \"title\" :\"Retried over a bad connection\" }")
                .post("/requests").then().statusCode(200).body("id", equalTo(id)).header("ETag", equalTo("\"0\""));
        as(OLENA).get("/requests?reference=" + as(OLENA).get("/requests/" + id).path("reference")).then()
                .body("total", equalTo(1));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        as(OLENA).header("Idempotency-Key", key).body(Drafts.titleOnly("One")).post("/requests").then().statusCode(201);
        as(OLENA).header("Idempotency-Key", key).body(Drafts.titleOnly("Another")).post("/requests").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    void idempotencyKeysBelongToEachUser() {
        String key = UUID.randomUUID().toString();
        String body = Drafts.titleOnly("Same words, different people");
        String olenas = as(OLENA).header("Idempotency-Key", key).body(body).post("/requests").then().statusCode(201)
                .extract().path("id");
        as(TARAS).header("Idempotency-Key", key).body(body).post("/requests").then().statusCode(201)
                .body("id", not(equalTo(olenas)));
    }

    @Test
    void overlongIdempotencyKeyIs400() {
        as(OLENA).header("Idempotency-Key", "k".repeat(101)).body(Drafts.titleOnly("t")).post("/requests").then()
                .statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void editingWithoutIfMatchIsRejectedWith428() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Draft"));
        as(OLENA).body(Drafts.titleOnly("Changed")).put("/requests/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as(OLENA).get("/requests/" + id).then().body("title", equalTo("Draft"));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Draft"));
        as(OLENA).header("If-Match", "\"0\"").body(Drafts.titleOnly("Olena's change")).put("/requests/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\""));
        // Taras read version 0 before Olena's change.
        as(TARAS).header("If-Match", "\"0\"").body(Drafts.titleOnly("Taras's change")).put("/requests/" + id).then()
                .statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(1));
        as(OLENA).get("/requests/" + id).then().body("title", equalTo("Olena's change"));
    }

    @Test
    void editWithTheCurrentETagReplacesTheContentAndIsOnTheTimeline() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Draft"));
        UUID item = UUID.randomUUID();
        String etag = Api.etagOf(OLENA, id);
        as(TARAS).header("If-Match", etag).body(Drafts.complete(item)).put("/requests/" + id).then().statusCode(200)
                .body("title", equalTo("Artillery and air defence for the eastern front"))
                .body("lines[0].itemId", equalTo(item.toString()))
                .body("lines[0].quantity", equalTo(2))
                .body("lines[0].sku", nullValue())
                .body("destination.country", equalTo("UA"))
                .body("endUserCertificate.noReExportUndertaking", equalTo(true))
                .body("updatedBy", equalTo("taras"));
        var timeline = as(OLENA).get("/requests/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.List.of("CREATED", "EDITED"), timeline.getList("action"));
        assertEquals("taras", timeline.getString("[1].actor"));
    }

    @Test
    void moreThanAHundredLinesAre400() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"itemId\": \"%s\", \"quantity\": 1}".formatted(UUID.randomUUID()));
        }
        as(OLENA).body("{\"title\": \"Too many\", \"lines\": [" + lines + "]}").post("/requests").then()
                .statusCode(400).body("violations[0].field", equalTo("lines"));
    }

    @Test
    void anOverlongOrganisationClaimIsRefusedNotADatabaseError() {
        io.restassured.RestAssured.given()
                .auth().oauth2(org.procurement.testing.Tokens.user("longorg", "X".repeat(65),
                        java.util.Set.of("requester")))
                .contentType("application/json").body(Drafts.titleOnly("t")).post("/requests").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentMarksTheInternalEndpoint() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.'/internal/requests/{requestId}/events'.post.tags", org.hamcrest.Matchers.contains("Internal"))
                .body("paths.'/requests/{id}/submit'.post.summary", equalTo("Submit"));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Drafts.titleOnly("Sent twice at once");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> as(OLENA).header("Idempotency-Key", key).body(body).post("/requests")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                org.junit.jupiter.api.Assertions.assertTrue(response.statusCode() == 201 || response.statusCode() == 200,
                        "status " + response.statusCode() + ": " + response.asString());
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size());
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
    }
}
