package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.TARAS;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class TimelineTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    @Test
    void theTimelineRecordsEveryChangeWithWhoWhenAndWhichStatuses() {
        UUID item = UUID.randomUUID();
        new CatalogueStubs(catalogueServer).serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1000.00", 9));
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Through the whole story"));
        as(TARAS).header("If-Match", "\"0\"").body(Drafts.complete(item)).put("/requests/" + id).then().statusCode(200);
        Api.submit(OLENA, id);
        Api.event(id, Api.caseOpened(1));
        Api.event(id, Api.caseClosed(1, "RETURNED", null, "Add the delivery schedule", "minjun"));
        Api.submit(TARAS, id);
        Api.event(id, Api.caseOpened(2));
        Api.event(id, Api.caseClosed(2, "APPROVED_WITH_CONDITIONS", "End-use monitoring", null, "daeho"));

        JsonPath timeline = as(AUDREY).get("/requests/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "EDITED", "SUBMITTED", "CASE_OPENED", "DECIDED", "SUBMITTED", "CASE_OPENED",
                "DECIDED"), timeline.getList("action"));
        assertEquals(List.of("olena", "taras", "olena", "approval-service", "minjun", "taras", "approval-service",
                "daeho"), timeline.getList("actor"));
        assertEquals(Arrays.asList(null, "DRAFT", "DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED", "SUBMITTED",
                "IN_REVIEW"), timeline.getList("fromStatus"));
        assertEquals(List.of("DRAFT", "DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED", "SUBMITTED", "IN_REVIEW",
                "APPROVED_WITH_CONDITIONS"), timeline.getList("toStatus"));
        assertEquals(List.of(0, 0, 1, 1, 1, 2, 2, 2), timeline.getList("round"));
        assertTrue(timeline.getString("[4].detail").contains("Add the delivery schedule"));
        assertTrue(timeline.getString("[7].detail").contains("End-use monitoring"));
        assertNotNull(timeline.getString("[0].at"));
    }
}
