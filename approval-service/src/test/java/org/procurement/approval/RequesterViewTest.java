package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What the requesting ministry reads of its case: the outcome, the conditions and the reasons it must act on, and a
 * decider's comment only when marked for it; never the supplier's officials' names or internal remarks.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class RequesterViewTest {

    private static void decide(DemoUser user, UUID caseId, String stage, Map<String, Object> body) {
        given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/cases/" + caseId + "/stages/" + stage + "/decisions").then().statusCode(201);
    }

    private static JsonPath caseAs(DemoUser user, UUID caseId) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theMinistryReadsOutcomesConditionsAndMarkedCommentsButNoNamesOrInternalRemarks() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        decide(DemoUser.MINJUN, caseId, "technical-review", Map.of("outcome", "APPROVE",
                "comment", "Internal: the attaché confirmed the unit by phone"));
        decide(DemoUser.SEOYEON, caseId, "export-control", Map.of("outcome", "APPROVE"));
        decide(DemoUser.DAEHO, caseId, "final-authorization", Map.of("outcome", "APPROVE_WITH_CONDITIONS",
                "conditions", "End-use monitoring visit within 6 months",
                "comment", "Please name a point of contact for the visit", "commentForRequester", true));

        JsonPath ministry = caseAs(DemoUser.OLENA, caseId);
        assertEquals("APPROVED_WITH_CONDITIONS", ministry.getString("status"));
        assertEquals("End-use monitoring visit within 6 months", ministry.getString("conditions"));
        assertNull(ministry.get("closedBy"));
        List<Map<String, Object>> decisions = ministry.getList("stages.decisions.flatten()");
        assertEquals(3, decisions.size());
        decisions.forEach(decision -> {
            assertFalse(decision.containsKey("actor"), decision.toString());
            assertFalse(decision.containsKey("onBehalfOf"), decision.toString());
        });
        assertNull(ministry.get("stages.find { it.key == 'technical-review' }.decisions[0].comment"));
        assertEquals("Please name a point of contact for the visit",
                ministry.get("stages.find { it.key == 'final-authorization' }.decisions[0].comment"));
        assertEquals("End-use monitoring visit within 6 months",
                ministry.get("stages.find { it.key == 'final-authorization' }.decisions[0].conditions"));
        List<Map<String, Object>> history = ministry.getList("history");
        history.forEach(entry -> assertFalse(entry.containsKey("actor"), entry.toString()));
        assertFalse(ministry.prettify().contains("attaché"), "no internal remark anywhere in the ministry's view");
        assertFalse(ministry.prettify().contains("minjun"), "no official's name anywhere in the ministry's view");

        JsonPath supplier = caseAs(DemoUser.AUDREY, caseId);
        assertEquals("minjun", supplier.get("stages.find { it.key == 'technical-review' }.decisions[0].actor"));
        assertEquals("Internal: the attaché confirmed the unit by phone",
                supplier.get("stages.find { it.key == 'technical-review' }.decisions[0].comment"));
        assertEquals("daeho", supplier.getString("closedBy"));
    }
}
