package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.OLENA;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class CaseEventsTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    @Test
    void caseOpenedMovesASubmittedRequestIntoReview() {
        String id = scenarios.submitted(OLENA);
        Api.event(id, Api.caseOpened(1)).response().then()
                .body("applied", equalTo(true)).body("duplicate", equalTo(false)).body("status", equalTo("IN_REVIEW"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void theMinistrySeesWhichStagesItsRequestWaitsForAndUntilWhen() {
        String id = scenarios.submitted(OLENA);
        Api.event(id, Api.caseOpened(1));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("IN_REVIEW"))
                .body("waitingFor.key", equalTo(List.of("technical-review")))
                .body("waitingFor[0].dueAt", equalTo("2026-11-29T10:00:01Z"));

        Map<String, Object> next = Api.stagesOpened(1);
        Api.event(id, next).response().then().body("applied", equalTo(true)).body("status", equalTo("IN_REVIEW"));
        Api.event(id, next).response().then().body("applied", equalTo(false)).body("duplicate", equalTo(true));
        as(OLENA).get("/requests/" + id).then()
                .body("waitingFor.key", equalTo(List.of("policy-board")))
                .body("waitingFor[0].title", equalTo("National Security Council policy board"))
                .body("waitingFor[0].dueAt", equalTo("2026-12-02T15:30:00Z"));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("STAGES_OPENED"))
                .body("[-1].detail", containsString("National Security Council policy board"));

        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED")).body("waitingFor", nullValue());
        // Late news of stages after the outcome changes nothing, and says so on the timeline.
        Api.event(id, Api.stagesOpened(1)).response().then().body("applied", equalTo(false))
                .body("status", equalTo("APPROVED"));
        as(OLENA).get("/requests/" + id).then().body("waitingFor", nullValue());
    }

    @Test
    void approvalMovesInReviewToApproved() {
        String id = scenarios.inReview(OLENA);
        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho")).response().then()
                .body("applied", equalTo(true)).body("status", equalTo("APPROVED"));
        as(DAEHO).get("/requests/" + id).then().body("status", equalTo("APPROVED"))
                .body("conditions", nullValue()).body("reason", nullValue());
    }

    @Test
    void approvalWithConditionsKeepsTheConditions() {
        String id = scenarios.inReview(OLENA);
        Api.event(id, Api.caseClosed(1, "APPROVED_WITH_CONDITIONS",
                "Delivery in two tranches; end-use monitoring visit within 6 months", null, "daeho"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("APPROVED_WITH_CONDITIONS"))
                .body("conditions", equalTo("Delivery in two tranches; end-use monitoring visit within 6 months"));
    }

    @Test
    void rejectionAndReturnKeepTheReason() {
        String rejected = scenarios.inReview(OLENA);
        Api.event(rejected, Api.caseClosed(1, "REJECTED", null, "Destination under embargo", "daeho"));
        as(OLENA).get("/requests/" + rejected).then().body("status", equalTo("REJECTED"))
                .body("reason", equalTo("Destination under embargo"));
        String returned = scenarios.inReview(OLENA);
        Api.event(returned, Api.caseClosed(1, "RETURNED", null, "Specify calibres", "minjun"));
        as(OLENA).get("/requests/" + returned).then().body("status", equalTo("RETURNED"))
                .body("reason", equalTo("Specify calibres"));
    }

    @Test
    void aDecisionArrivingBeforeTheOpeningEventIsApplied() {
        String id = scenarios.submitted(OLENA);
        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho")).response().then()
                .body("applied", equalTo(true));
        Api.event(id, Api.caseOpened(1)).response().then().body("applied", equalTo(false))
                .body("duplicate", equalTo(false)).body("status", equalTo("APPROVED"));
    }

    @Test
    void aRepeatedEventIsAcknowledgedAsDuplicateAndChangesNothing() {
        String id = scenarios.inReview(OLENA);
        Map<String, Object> approved = Api.caseClosed(1, "APPROVED", null, null, "daeho");
        Api.event(id, approved).response().then().body("applied", equalTo(true));
        int entries = as(OLENA).get("/requests/" + id + "/timeline").then().extract().path("size()");
        String etag = Api.etagOf(OLENA, id);
        Api.event(id, approved).response().then().body("applied", equalTo(false)).body("duplicate", equalTo(true))
                .body("status", equalTo("APPROVED"));
        as(OLENA).get("/requests/" + id + "/timeline").then().body("size()", equalTo(entries));
        assertEquals(etag, Api.etagOf(OLENA, id));
    }

    @Test
    void anEventOfAnOlderRoundIsAcknowledgedButOnlyNoted() {
        String id = scenarios.decided(OLENA, "RETURNED");
        // Resubmit into round 2, then a late round-1 decision arrives.
        Api.submit(OLENA, id);
        Api.event(id, Api.caseClosed(1, "REJECTED", null, "Late news", "daeho")).response().then()
                .body("applied", equalTo(false)).body("duplicate", equalTo(false)).body("status", equalTo("SUBMITTED"));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("EVENT_IGNORED"))
                .body("[-1].detail", containsString("round 2"));
    }

    @Test
    void aDecisionNoLongerLegalAfterWithdrawalIsAcknowledgedNotApplied() {
        String id = scenarios.inReview(OLENA);
        as(OLENA).body("{\"reason\": \"No longer needed\"}").post("/requests/" + id + "/withdraw").then().statusCode(200);
        Api.event(id, Api.caseClosed(1, "APPROVED", null, null, "daeho")).response().then()
                .body("applied", equalTo(false)).body("status", equalTo("WITHDRAWN"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("WITHDRAWN"));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("EVENT_IGNORED"))
                .body("[-1].detail", containsString("WITHDRAWN"));
    }

    @Test
    void eventsAboutADraftAreIgnored() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Never submitted"));
        Api.event(id, Api.caseOpened(1)).response().then().body("applied", equalTo(false))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void approvedWithConditionsWithoutConditionsIs400AndNotRecorded() {
        String id = scenarios.inReview(OLENA);
        Map<String, Object> event = Api.caseClosed(1, "APPROVED_WITH_CONDITIONS", null, null, "daeho");
        Api.asApprovalService().body(event).post("/internal/requests/" + id + "/events").then().statusCode(400)
                .body("violations[0].field", equalTo("conditions"));
        // The refused event was not remembered: once corrected it is applied.
        event.put("conditions", "Two tranches");
        Api.event(id, event).response().then().body("applied", equalTo(true));
    }

    @Test
    void aClosingEventWithoutOutcomeOrWithUnknownTypeIs400() {
        String id = scenarios.inReview(OLENA);
        Map<String, Object> event = Api.caseClosed(1, null, null, null, "daeho");
        Api.asApprovalService().body(event).post("/internal/requests/" + id + "/events").then().statusCode(400)
                .body("violations[0].field", equalTo("outcome"));
        Api.asApprovalService().body(Map.of("eventId", UUID.randomUUID().toString(), "type", "CASE_LOST", "round", 1))
                .post("/internal/requests/" + id + "/events").then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
    }

    @Test
    void anEventForAnUnknownRequestIs404() {
        Api.asApprovalService().body(Api.caseOpened(1)).post("/internal/requests/" + UUID.randomUUID() + "/events")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyServiceAccountsMaySendEvents() {
        String id = scenarios.submitted(OLENA);
        for (var person : List.of(OLENA, DAEHO)) {
            as(person).body(Api.caseOpened(1)).post("/internal/requests/" + id + "/events").then().statusCode(403);
        }
        given().contentType("application/json").body(Api.caseOpened(1)).post("/internal/requests/" + id + "/events")
                .then().statusCode(401);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anEventWithAFieldOutsideTheContractIs400() {
        String id = scenarios.submitted(OLENA);
        Map<String, Object> event = new java.util.HashMap<>(Api.caseOpened(1));
        event.put("status", "APPROVED");
        Api.asApprovalService().body(event).post("/internal/requests/" + id + "/events").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }
}
