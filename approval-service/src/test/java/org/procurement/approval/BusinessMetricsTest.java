package org.procurement.approval;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions by outcome and open cases on the Prometheus endpoint. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void decisionsAreCountedByOutcomeAndOpenCasesAreGauged() {
        double approvalsBefore = metric("procurement_decisions_total\\{outcome=\"APPROVE\"\\}");
        double openBefore = metric("procurement_cases_open");
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("PL"));
        assertEquals(openBefore + 1, metric("procurement_cases_open"));
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        assertEquals(approvalsBefore + 1, metric("procurement_decisions_total\\{outcome=\"APPROVE\"\\}"));
    }

    /** The value of one sample of the Prometheus text format, 0 when it is not there yet. */
    private static double metric(String nameAndLabels) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + nameAndLabels + " ([0-9.eE+-]+)$").matcher(text);
        if (!matcher.find()) {
            assertTrue(nameAndLabels.startsWith("procurement_decisions_total"), nameAndLabels + " missing:\n" + text);
            return 0;
        }
        return Double.parseDouble(matcher.group(1));
    }
}
