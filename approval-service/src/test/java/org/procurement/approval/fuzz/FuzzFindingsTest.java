package org.procurement.approval.fuzz;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Faults the fuzz suite found (or that sit next to its reach, needing two fields broken at once), one test each. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class FuzzFindingsTest {

    @Test
    void anOverlongReasonIs400EvenOnADecidedStage() {
        // The length was checked in the domain after the state: on a decided stage the answer was 409, not 400.
        UUID requestId = UUID.randomUUID();
        String caseId = given().auth().oauth2(Tokens.service("request-service")).contentType(ContentType.JSON)
                .body(submission(requestId, "21000000.00")).post("/internal/cases").then().statusCode(201)
                .extract().path("id");
        String decisions = "/cases/" + caseId + "/stages/technical-review/decisions";
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).contentType(ContentType.JSON)
                .body("{\"outcome\": \"APPROVE\"}").post(decisions).then().statusCode(201);
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REJECT\", \"reason\": \"" + "r".repeat(4001) + "\"}").post(decisions)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void aTotalTooLargeForTheCaseColumnIs400NamingTotal() {
        // Without line totals nothing checks the total against the lines, and numeric(19,2) overflowed: a 500.
        String body = submission(UUID.randomUUID(), "1e20");
        given().auth().oauth2(Tokens.service("request-service")).contentType(ContentType.JSON).body(body)
                .post("/internal/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("total"));
    }

    /** Six howitzers without line totals, so nothing compares the total with the lines. */
    private static String submission(UUID requestId, String total) {
        return """
                {"requestId": "%s", "round": 1, "reference": "REQ-2026-%s", "organisation": "UA-MOD",
                 "submittedBy": "olena", "priority": "URGENT", "destinationCountry": "UA",
                 "lines": [{"sku": "KR-ART-K9A1", "quantity": 6, "lethal": true, "majorDefenseEquipment": true}],
                 "total": %s, "currency": "USD"}""".formatted(requestId, requestId.toString().substring(0, 6), total);
    }
}
