package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.procurement.testing.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/** Submissions, outcomes and withdrawals counted on the Prometheus endpoint. */
@QuarkusTest
class BusinessMetricsTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private static final String SUBMITTED = "procurement_requests_submitted_total\\{priority=\"URGENT\"\\}";
    private static final String APPROVED = "procurement_requests_decided_total\\{outcome=\"APPROVED\"\\}";
    private static final String WITHDRAWN = "procurement_requests_withdrawn_total";

    @Test
    void submissionsOutcomesAndWithdrawalsAreCounted() {
        double submitted = metric(SUBMITTED);
        double approved = metric(APPROVED);
        double withdrawn = metric(WITHDRAWN);
        Scenarios scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
        String id = scenarios.decided(OLENA, "APPROVED");
        as(OLENA).body("{\"reason\": \"No longer needed\"}").post("/requests/" + id + "/withdraw").then().statusCode(200);
        assertEquals(submitted + 1, metric(SUBMITTED));
        assertEquals(approved + 1, metric(APPROVED));
        assertEquals(withdrawn + 1, metric(WITHDRAWN));
    }

    /** 0 while a counter has not been recorded yet. */
    private static double metric(String nameAndLabels) {
        return Metrics.sample(nameAndLabels).orElse(0);
    }
}
