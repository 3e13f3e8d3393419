package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class CaseQueriesTest {

    @Test
    void malformedQueryParametersAre400NamingTheParameter() {
        String audrey = Tokens.of(DemoUser.AUDREY);
        given().auth().oauth2(audrey).queryParam("status", "PENDING").when().get("/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("APPROVED_WITH_CONDITIONS"));
        given().auth().oauth2(audrey).queryParam("requestId", "REQ-1").when().get("/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("requestId"));
        given().auth().oauth2(audrey).queryParam("size", "0").when().get("/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().auth().oauth2(audrey).queryParam("page", "first").when().get("/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void casesAreFilteredByStatus() {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);

        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).queryParam("status", "open")
                .queryParam("reference", submission.reference)
                .when().get("/cases").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(caseId.toString()))
                .body("items[0].openStages", equalTo(java.util.List.of("technical-review", "export-control")));
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).queryParam("status", "REJECTED")
                .when().get("/cases").then().statusCode(200)
                .body("items.status", everyItem(equalTo("REJECTED")));
    }

    @Test
    void requestersSeeOnlyTheirOrganisationsCases() {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);

        given().auth().oauth2(Tokens.of(DemoUser.TARAS)).when().get("/cases/" + caseId).then().statusCode(200)
                .body("reference", equalTo(submission.reference));
        given().auth().oauth2(Tokens.of(DemoUser.PIOTR)).when().get("/cases/" + caseId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(DemoUser.PIOTR)).queryParam("requestId", submission.requestId.toString())
                .when().get("/cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).when().get("/cases").then().statusCode(403);
    }

    @Test
    void aCaseShowsItsHistory() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");

        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/cases/" + caseId).then().statusCode(200)
                .body("history.type", equalTo(java.util.List.of("CASE_OPENED", "STAGE_OPENED", "STAGE_OPENED",
                        "DECISION", "STAGE_COMPLETED")))
                // The ministry reads what was decided, by which office, not by whom (RequesterViewTest).
                .body("stages[0].decisions[0].actor", org.hamcrest.Matchers.nullValue())
                .body("stages[0].decisions[0].organisation", equalTo("KR-DAPA"));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/cases/" + caseId).then().statusCode(200)
                .body("stages[0].decisions[0].actor", equalTo("minjun"));
    }
}
