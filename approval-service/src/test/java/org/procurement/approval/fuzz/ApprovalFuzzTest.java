package org.procurement.approval.fuzz;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;
import org.procurement.testing.fuzz.FuzzPlan;
import org.procurement.testing.fuzz.OpenApiFuzzContract;
import org.procurement.testing.fuzz.Pool;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.MINSEO;
import static org.procurement.testing.DemoUser.SORA;

/** Every approval-service operation under schema-driven bad input (see OpenApiFuzzContract). */
@QuarkusTest
@TestProfile(FuzzProfile.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class ApprovalFuzzTest extends OpenApiFuzzContract {

    private static final String REQUEST_SERVICE = "request-service";

    @Override
    protected FuzzPlan plan() {
        UUID requestId = UUID.randomUUID();
        String caseId = open(requestId);

        FuzzPlan plan = new FuzzPlan();
        // Reads first, while inboxes and the audit chain are short; then the writes that fill them.
        plan.operation("GET /tasks").as(MINJUN);
        plan.operation("GET /cases").as(AUDREY);
        plan.operation("GET /cases/{id}").as(AUDREY).path("id", caseId);
        plan.operation("GET /audit/export").as(AUDREY);
        plan.operation("GET /audit/verify").as(AUDREY);
        plan.operation("GET /policies").as(MINJUN);
        plan.operation("GET /policies/{version}").as(MINJUN).path("version", "1");
        plan.operation("POST /routes/preview").as(MINJUN);
        plan.operation("POST /internal/cases").asService(REQUEST_SERVICE).body(() -> submission(UUID.randomUUID()));
        Pool withdrawn = Pool.of(10, () -> {
            UUID request = UUID.randomUUID();
            open(request);
            return request.toString();
        });
        plan.operation("POST /internal/cases/cancellations").asService(REQUEST_SERVICE).body(() -> """
                {"eventId": "%s", "requestId": "%s", "round": 1, "reason": "Requirement met by another supplier",
                 "actor": "olena"}""".formatted(UUID.randomUUID(), withdrawn.get()));
        // A stage takes one decision from each person: a case serves one accepted decision and a few refused ones.
        plan.operation("POST /cases/{id}/stages/{stageKey}/decisions").as(MINJUN)
                .path("id", Pool.of(50, () -> open(UUID.randomUUID()))).path("stageKey", "technical-review")
                .body(() -> """
                        {"outcome": "APPROVE_WITH_CONDITIONS", "comment": "End-user certificate verified",
                         "conditions": "Delivery in two tranches", "reason": "Quantities checked"}""");
        // Claims: each case's technical review claimed by minjun; released from a pool he claimed first.
        plan.operation("POST /tasks/{caseId}/{stageKey}/claim").as(MINJUN)
                .path("caseId", Pool.of(20, () -> open(UUID.randomUUID()))).path("stageKey", "technical-review");
        plan.operation("POST /tasks/{caseId}/{stageKey}/release").as(MINJUN).path("caseId", Pool.of(20, () -> {
            String claimed = open(UUID.randomUUID());
            given().auth().oauth2(Tokens.of(MINJUN)).post("/tasks/" + claimed + "/technical-review/claim")
                    .then().statusCode(200);
            return claimed;
        })).path("stageKey", "technical-review");
        // Proposals: read, replayed, rejected (one each) and approved (the first publishes the default document
        // again, which routes as before; the rest are stale).
        String proposal = propose();
        plan.operation("GET /policies/proposals").as(AUDREY);
        plan.operation("GET /policies/proposals/{id}").as(AUDREY).path("id", proposal);
        plan.operation("GET /policies/proposals/{id}/impact").as(AUDREY).path("id", proposal);
        plan.operation("POST /policies/proposals/{id}/rejection").as(DAEHO).path("id", Pool.of(20, ApprovalFuzzTest::propose))
                .body(() -> "{\"reason\": \"The threshold stays until the treaty review\"}");
        plan.operation("POST /policies/proposals/{id}/approval").as(MINSEO).path("id", Pool.of(5, ApprovalFuzzTest::propose));
        // Delegations, each in an hour of its own over a year ahead: never in force while other tests run.
        plan.operation("GET /delegations").as(AUDREY);
        plan.operation("GET /delegations/{id}").as(MINJUN).path("id", delegationByMinjun());
        plan.operation("DELETE /delegations/{id}").as(MINJUN).path("id", Pool.of(10, ApprovalFuzzTest::delegationByMinjun));
        plan.operation("POST /delegations").as(SORA).body(() -> delegation("reviewer"));
        // Last: a proposed variant (published only by a second authorizer).
        plan.operation("POST /policies").as(DAEHO);
        return plan;
    }

    private static final AtomicInteger HOURS_AHEAD = new AtomicInteger();

    private static String delegation(String role) {
        Instant from = Instant.now().plus(Duration.ofDays(400)).plus(Duration.ofHours(2L * HOURS_AHEAD.incrementAndGet()));
        return "{\"delegate\": \"yuna\", \"role\": \"%s\", \"from\": \"%s\", \"until\": \"%s\", \"reason\": \"Leave\"}"
                .formatted(role, from, from.plus(Duration.ofHours(1)));
    }

    private static String delegationByMinjun() {
        return given().auth().oauth2(Tokens.of(MINJUN)).contentType(ContentType.JSON).body(delegation("reviewer"))
                .post("/delegations").then().statusCode(201).extract().path("id");
    }

    /** The default policy proposed again by daeho. */
    private static String propose() {
        Object stages = given().auth().oauth2(Tokens.of(AUDREY)).get("/policies/1").then().statusCode(200)
                .extract().path("stages");
        return given().auth().oauth2(Tokens.of(DAEHO)).contentType(ContentType.JSON)
                .body(java.util.Map.of("name", "Default export policy", "stages", stages))
                .post("/policies").then().statusCode(202).extract().path("id");
    }

    private static String open(UUID requestId) {
        return given().auth().oauth2(Tokens.service(REQUEST_SERVICE)).contentType(ContentType.JSON)
                .body(submission(requestId)).post("/internal/cases").then().statusCode(201).extract().path("id");
    }

    /** Six howitzers for Ukraine, as request-service submits them. */
    private static String submission(UUID requestId) {
        return """
                {"eventId": "%s", "requestId": "%s", "round": 1, "reference": "REQ-2026-%s",
                 "organisation": "UA-MOD", "submittedBy": "olena", "submittedAt": "2026-11-26T10:00:00Z",
                 "title": "Artillery for the eastern front", "priority": "URGENT", "destinationCountry": "UA",
                 "destinationLocation": "Kyiv", "neededBy": "2027-03-01", "financingMethod": "GRANT",
                 "endUserCertificate": {"number": "EUC-1", "issuingAuthority": "Ministry of Defence",
                   "issueDate": "2026-11-01", "signatory": "Minister", "endUser": "Armed Forces",
                   "noReExportUndertaking": true},
                 "lines": [{"itemId": "%s", "sku": "KR-ART-K9A1", "designation": "K9A1 Thunder", "quantity": 6,
                   "unitPrice": 3500000.00, "currency": "USD", "lineTotal": 21000000.00, "lethal": true,
                   "majorDefenseEquipment": true, "mlCode": "ML4"}],
                 "total": 21000000.00, "currency": "USD"}"""
                .formatted(UUID.randomUUID(), requestId, requestId.toString().substring(0, 6), UUID.randomUUID());
    }
}
