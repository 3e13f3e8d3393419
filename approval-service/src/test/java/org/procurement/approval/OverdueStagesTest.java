package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.approval.service.OverdueStages;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MutableClock;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class OverdueStagesTest {

    @Inject
    MutableClock clock;

    @Inject
    OverdueStages overdueStages;

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @Test
    void stagesPastTheirDueTimeAreFlaggedOnceAndShownInTheInbox() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA").priority("ROUTINE"));
        overdueStages.flag();
        assertEquals(List.of(false, false, false, false), Api.caseOf(caseId).getList("stages.overdue"));

        clock.advance(Duration.ofDays(9));
        overdueStages.flag();
        assertEquals(List.of(false, false, false, false), Api.caseOf(caseId).getList("stages.overdue"));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertTrue(overdueStages.flag() >= 2);

        JsonPath c = Api.caseOf(caseId);
        assertEquals(List.of(true, true, false, false), c.getList("stages.overdue"));
        assertEquals(true, Api.tasksOfCase(Tokens.of(DemoUser.MINJUN), caseId).get(0).get("overdue"));
        assertEquals(0, overdueStages.flag(), "a second run flags nothing new");
        assertEquals(2, overdueEntries(caseId));
        assertTrue(metric("procurement_stages_overdue") >= 2);
        assertTrue(metric("procurement_stages_flagged_overdue_total") >= 2);
    }

    @Test
    void decidingAnOverdueStageStillWorksAndKeepsTheFlag() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA").priority("EMERGENCY"));
        clock.advance(Duration.ofDays(3));
        overdueStages.flag();

        Api.approve(DemoUser.MINJUN, caseId, "technical-review");

        JsonPath c = Api.caseOf(caseId);
        assertEquals("COMPLETED", c.getString("stages.find { it.key == 'technical-review' }.status"));
        assertEquals(true, c.getBoolean("stages.find { it.key == 'technical-review' }.overdue"));
    }

    @Test
    void replicasCheckingAtTheSameTimeFlagEachStageOnce() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA").priority("URGENT"));
        clock.advance(Duration.ofDays(6));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(overdueStages::flag);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(overdueStages::flag);
        first.join();
        second.join();

        assertEquals(2, overdueEntries(caseId));
        assertEquals(List.of(true, true, false), Api.caseOf(caseId).getList("stages.overdue"));
    }

    private static long overdueEntries(UUID caseId) {
        List<Map<String, Object>> history = Api.caseOf(caseId).getList("history");
        return history.stream().filter(e -> "STAGE_OVERDUE".equals(e.get("type"))).count();
    }

    private static double metric(String name) {
        String text = org.procurement.testing.Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        assertTrue(m.find(), name + " is exposed");
        return Double.parseDouble(m.group(2));
    }
}
