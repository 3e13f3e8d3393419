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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class RoutingTest {

    static final List<String> WITH_BOARD = List.of("technical-review", "export-control", "policy-board", "final-authorization");
    static final List<String> WITHOUT_BOARD = List.of("technical-review", "export-control", "final-authorization");

    @Test
    void lethalEquipmentBoundForAConflictZoneGoesThroughThePolicyBoard() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));

        JsonPath c = Api.caseOf(caseId);
        assertEquals(WITH_BOARD, c.getList("stages.key"));
        assertEquals(List.of("OPEN", "OPEN", "WAITING", "WAITING"), c.getList("stages.status"));
        String why = c.getString("stages.find { it.key == 'policy-board' }.appliesBecause");
        assertEquals("applies because line 1 (KR-ART-K9A1) is lethal and the destination UA is in the conflict-zone list [UA]", why);
        assertEquals(2, c.getInt("stages.find { it.key == 'policy-board' }.quorum"));
    }

    @Test
    void nonLethalEquipmentBoundForAConflictZoneSkipsThePolicyBoard() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(caseId));
    }

    @Test
    void lethalEquipmentBoundOutsideTheConflictZonesSkipsThePolicyBoard() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("PL").by("PL-MOD", "piotr"));

        assertEquals(WITHOUT_BOARD, Api.stageKeys(caseId));
    }

    @Test
    void aTotalOfOneHundredMillionGoesThroughThePolicyBoardWhateverTheEquipment() {
        Submission atThreshold = Submission.nonLethalSuppliesTo("PL").by("PL-MOD", "piotr");
        atThreshold.lines.clear();
        atThreshold.withLine(new Submission.Line("KR-SUP-TRUCK", 1000, new BigDecimal("100000.00"), false, false));
        Submission justBelow = Submission.nonLethalSuppliesTo("PL").by("PL-MOD", "piotr");
        justBelow.lines.clear();
        justBelow.withLine(new Submission.Line("KR-SUP-TRUCK", 1000, new BigDecimal("99999.99"), false, false));

        UUID at = Api.open(atThreshold);
        UUID below = Api.open(justBelow);

        assertEquals(WITH_BOARD, Api.stageKeys(at));
        assertEquals("applies because the total 100000000.00 USD is at least 100000000",
                Api.caseOf(at).getString("stages.find { it.key == 'policy-board' }.appliesBecause"));
        assertEquals(WITHOUT_BOARD, Api.stageKeys(below));
    }

    @Test
    void dueTimesDependOnPriority() {
        UUID emergency = Api.open(Submission.nonLethalSuppliesTo("UA").priority("EMERGENCY"));
        UUID routine = Api.open(Submission.nonLethalSuppliesTo("UA").priority("ROUTINE"));

        assertEquals(Duration.ofDays(2), dueAfter(emergency, "technical-review"));
        assertEquals(Duration.ofDays(10), dueAfter(routine, "export-control"));
    }

    @Test
    void routePreviewSaysWhichStagesWouldApplyAndWhy() {
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).contentType(ContentType.JSON).body("""
                        {"priority": "EMERGENCY", "destinationCountry": "UA",
                         "lines": [{"sku": "KR-SUP-TENT", "quantity": 10, "unitPrice": 5000, "lethal": false, "majorDefenseEquipment": false}]}
                        """)
                .when().post("/routes/preview")
                .then().statusCode(200)
                .body("total", equalTo(50000))
                .body("conflictZones", equalTo(List.of("UA")))
                .body("stages.key", equalTo(WITH_BOARD))
                .body("stages.applies", equalTo(List.of(true, true, false, true)))
                .body("stages[2].reason", equalTo("does not apply because no line is lethal and the total 50000 USD is below 100000000"))
                .body("stages[0].reason", equalTo("always applies"))
                .body("stages[0].due", equalTo("P2D"));
    }

    @Test
    void routePreviewRefusesIncompleteFactsNamingTheField() {
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).contentType(ContentType.JSON).body("""
                        {"priority": "EMERGENCY", "destinationCountry": "UA", "lines": [{"sku": "X", "majorDefenseEquipment": false}]}
                        """)
                .when().post("/routes/preview")
                .then().statusCode(400)
                .body("violations[0].field", containsString("lethal"));
    }

    private static Duration dueAfter(UUID caseId, String stage) {
        JsonPath c = Api.caseOf(caseId);
        Instant opened = Instant.parse(c.getString("stages.find { it.key == '" + stage + "' }.openedAt"));
        Instant due = Instant.parse(c.getString("stages.find { it.key == '" + stage + "' }.dueAt"));
        return Duration.between(opened, due);
    }
}
