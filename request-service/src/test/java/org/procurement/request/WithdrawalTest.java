package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.TARAS;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class WithdrawalTest {

    private static final String REASON = "{\"reason\": \"Requirement met by another supplier\"}";

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    @Test
    void aColleagueWithdrawsASubmittedRequestWithAReason() {
        String id = scenarios.submitted(OLENA);
        as(TARAS).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("reason", equalTo("Requirement met by another supplier"))
                .header("ETag", equalTo("\"2\""));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("WITHDRAWN"))
                .body("[-1].actor", equalTo("taras"))
                .body("[-1].fromStatus", equalTo("SUBMITTED"))
                .body("[-1].toStatus", equalTo("WITHDRAWN"));
    }

    @Test
    void aColleagueWithoutTheRequestManagerRoleMayNotWithdrawSomeoneElsesRequest() {
        String id = scenarios.submitted(OLENA);
        String colleague = Tokens.user("ivan", "UA-MOD", Set.of("requester"));
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(REASON)
                .post("/requests/" + id + "/withdraw").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-submitter"))
                .body("detail", containsString("olena"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
        // Their own draft they withdraw like anyone.
        String draft = given().auth().oauth2(colleague).contentType(ContentType.JSON)
                .body(Drafts.titleOnly("Ivan's own")).post("/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(REASON)
                .post("/requests/" + draft + "/withdraw").then().statusCode(200);
    }

    @Test
    void aRequestInReviewAndADraftMayBeWithdrawn() {
        String inReview = scenarios.inReview(OLENA);
        as(OLENA).body(REASON).post("/requests/" + inReview + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        String draft = Api.createDraft(OLENA, Drafts.titleOnly("Abandoned"));
        as(OLENA).body(REASON).post("/requests/" + draft + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawalNeedsAReason() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).body("{\"reason\": \"  \"}").post("/requests/" + id + "/withdraw").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(OLENA).body("{}").post("/requests/" + id + "/withdraw").then().statusCode(400);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void noWithdrawalAfterARejection() {
        String id = scenarios.decided(OLENA, "REJECTED");
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("currentStatus", equalTo("REJECTED"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void anApprovedRequestMayStillBeWithdrawn() {
        for (String outcome : new String[] {"APPROVED", "APPROVED_WITH_CONDITIONS"}) {
            String id = scenarios.decided(OLENA, outcome);
            as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
        }
    }

    @Test
    void aWithdrawnRequestCannotBeWithdrawnEditedOrSubmitted() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(409)
                .body("currentStatus", equalTo("WITHDRAWN"));
        as(OLENA).header("If-Match", "*").body(Drafts.titleOnly("Revived")).put("/requests/" + id).then()
                .statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
    }

    /**
     * The requester withdraws while approval-service's final decision arrives: both land, in either order, and
     * neither is refused for touching the same row (the ministry's withdrawal must never need a retry).
     */
    @Test
    void aWithdrawalRacingTheFinalDecisionAlwaysLands() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int n = 0; n < 8; n++) {
                String id = scenarios.inReview(OLENA);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                var withdrawal = pool.submit(() -> {
                    start.await();
                    return as(OLENA).body(REASON).post("/requests/" + id + "/withdraw");
                });
                var decision = pool.submit(() -> {
                    start.await();
                    return Api.asApprovalService().body(Api.caseClosed(1, "APPROVED", null, null, "daeho"))
                            .post("/internal/requests/" + id + "/events");
                });
                start.countDown();
                var withdrawn = withdrawal.get();
                var decided = decision.get();
                org.junit.jupiter.api.Assertions.assertEquals(200, withdrawn.statusCode(), withdrawn.asString());
                org.junit.jupiter.api.Assertions.assertEquals(200, decided.statusCode(), decided.asString());
                as(OLENA).get("/requests/" + id).then().body("status", equalTo("WITHDRAWN"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWithdrawalInReviewCancelsTheCaseBeforeItAnswers() {
        String id = scenarios.inReview(OLENA);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        catalogueServer.verify(1, com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/internal/cases/cancellations"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.requestId",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.actor",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("olena")))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + org.procurement.testing.ServiceAccountTokenEndpoint.lastIssuedTo("request-service"))));
    }

    @Test
    void aWithdrawalAfterTheCaseWasDecidedIsRefusedAndChangesNothing() {
        String id = scenarios.inReview(OLENA);
        new CatalogueStubs(catalogueServer).caseDecided(id, "APPROVED");
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/case-decided"))
                .body("caseStatus", equalTo("APPROVED"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("IN_REVIEW"));
        as(OLENA).get("/requests/" + id + "/timeline").then().body("[-1].action", org.hamcrest.Matchers.not("WITHDRAWN"));
        // The decision's own event then lands as usual.
        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void whenApprovalServiceCannotBeReachedTheWithdrawalChangesNothing() {
        String id = scenarios.inReview(OLENA);
        new CatalogueStubs(catalogueServer).approvalDown(id);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/approval-unavailable"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void staleIfMatchOnWithdrawalIsRejectedWith412() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).header("If-Match", "\"0\"").body(REASON).post("/requests/" + id + "/withdraw").then()
                .statusCode(412);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }
}
