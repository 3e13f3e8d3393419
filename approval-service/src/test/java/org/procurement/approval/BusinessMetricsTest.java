package org.procurement.approval;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Metrics;

import java.util.OptionalDouble;
import java.util.UUID;

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

    /** 0 while the decisions counter has not been recorded yet; the open-cases gauge must always be there. */
    private static double metric(String nameAndLabels) {
        OptionalDouble value = Metrics.sample(nameAndLabels);
        if (value.isEmpty()) {
            assertTrue(nameAndLabels.startsWith("procurement_decisions_total"), nameAndLabels + " missing");
            return 0;
        }
        return value.getAsDouble();
    }
}
