package org.procurement.approval;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MutableClock;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox: paged by cursor in due order, filtered, and claimed or released by the people working it. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class InboxTest {

    static final String PROBLEMS = "https://procurement.example/problems/";

    @Inject
    MutableClock clock;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @Test
    void everyStatementIsPlannedForItsValuesAloneNotByOneGenericPlanOrWithWorkers() throws Exception {
        // a generic plan of the inbox's page read every open case and sorted it (2-10 s at 100,000 open tasks)
        assertEquals("force_custom_plan", sessionSetting("plan_cache_mode"));
        // and alone: parallel workers per count took the cores the other inbox calls needed (22/s against 62/s)
        assertEquals("0", sessionSetting("max_parallel_workers_per_gather"));
    }

    /** A setting as the service's own connections see it. */
    private String sessionSetting(String name) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String reviewer(String name) {
        return Api.userToken(name + "-" + UUID.randomUUID().toString().substring(0, 8), "KR-DAPA", "reviewer");
    }

    private static JsonPath page(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/tasks").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void pagesFollowEachOtherByCursorInDueOrderWithNothingSkippedOrRepeated() {
        // Iceland: a destination no other test uses, so the filter isolates this test's cases.
        List<UUID> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(Api.open(Submission.nonLethalSuppliesTo("IS").priority(i % 2 == 0 ? "URGENT" : "ROUTINE")));
        }
        String token = reviewer("paging");
        JsonPath first = page(token, Map.of("destination", "is", "limit", 2));
        assertEquals(2, first.getList("items").size());
        assertTrue(first.getInt("total") >= 5);
        assertEquals(true, first.getBoolean("totalExact"));
        assertEquals(2, first.getInt("limit"));
        String next = first.getString("nextCursor");
        assertTrue(first.getString("links.next").contains("cursor=" + next));

        // A task opened between pages lands where its due time puts it, and shifts nothing already read.
        opened.add(Api.open(Submission.nonLethalSuppliesTo("IS").priority("ROUTINE")));
        List<String> seen = new ArrayList<>(first.getList("items.caseId"));
        List<String> due = new ArrayList<>(first.getList("items.dueAt"));
        while (next != null) {
            JsonPath following = page(token, Map.of("destination", "IS", "limit", 2, "cursor", next));
            seen.addAll(following.getList("items.caseId"));
            due.addAll(following.getList("items.dueAt"));
            next = following.getString("nextCursor");
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no task twice: " + seen);
        assertTrue(seen.containsAll(opened.stream().map(UUID::toString).toList()), "every task once: " + seen);
        List<Instant> times = due.stream().map(Instant::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "due order: " + due);
        }
    }

    @Test
    void filtersNarrowTheInbox() {
        UUID lethal = Api.open(Submission.lethalArtilleryTo("NO").priority("URGENT"));
        UUID supplies = Api.open(Submission.nonLethalSuppliesTo("NO").priority("ROUTINE"));
        String sora = Tokens.of(DemoUser.SORA);

        List<Object> lethalOnly = cases(Api.inbox(sora, Map.of("destination", "NO", "lethal", true)));
        assertTrue(lethalOnly.contains(lethal.toString()));
        assertFalse(lethalOnly.contains(supplies.toString()));
        List<Object> routine = cases(Api.inbox(sora, Map.of("destination", "NO", "priority", "ROUTINE")));
        assertTrue(routine.contains(supplies.toString()));
        assertFalse(routine.contains(lethal.toString()));
        List<Map<String, Object>> exportControl = Api.inbox(sora, Map.of("destination", "NO", "role", "export-control"));
        assertTrue(exportControl.stream().allMatch(task -> "export-control".equals(task.get("role"))));
        assertTrue(cases(exportControl).contains(lethal.toString()));
        List<Map<String, Object>> byStage = Api.inbox(sora, Map.of("destination", "NO", "stage", "technical-review"));
        assertTrue(byStage.stream().allMatch(task -> "technical-review".equals(task.get("stageKey"))));

        assertFalse(cases(Api.inbox(sora, Map.of("destination", "NO", "overdue", true))).contains(lethal.toString()));
        clock.advance(Duration.ofDays(30));
        List<Map<String, Object>> overdue = Api.inbox(sora, Map.of("destination", "NO", "overdue", true));
        assertTrue(cases(overdue).containsAll(List.of(lethal.toString(), supplies.toString())));
        assertFalse(cases(Api.inbox(sora, Map.of("destination", "NO", "overdue", false))).contains(lethal.toString()));
    }

    private static List<Object> cases(List<Map<String, Object>> tasks) {
        return tasks.stream().map(task -> task.get("caseId")).toList();
    }

    @Test
    void badParametersAreRefusedNamingEachOne() {
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN))
                .queryParam("limit", 0).queryParam("cursor", "not-a-cursor").queryParam("priority", "SOON")
                .queryParam("overdue", "maybe").queryParam("destination", "UKR").queryParam("lethal", "yes")
                .when().get("/tasks").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                .body("violations.field", hasItems("limit", "cursor", "priority", "overdue", "destination", "lethal"));
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).queryParam("limit", 101).when().get("/tasks")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
    }

    @Test
    void aClaimShowsWhoIsOnATaskWithoutLockingOthersOut() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        String anna = reviewer("anna");
        String ben = reviewer("ben");
        String claimPath = "/tasks/" + caseId + "/technical-review/claim";
        String releasePath = "/tasks/" + caseId + "/technical-review/release";

        String annaName = given().auth().oauth2(anna).when().post(claimPath).then().statusCode(200)
                .body("claimedBy", notNullValue()).body("claimedAt", notNullValue()).extract().path("claimedBy");
        given().auth().oauth2(anna).when().post(claimPath).then().statusCode(200).body("claimedBy", equalTo(annaName));
        assertEquals(annaName, Api.tasksOfCase(ben, caseId).get(0).get("claimedBy"));

        given().auth().oauth2(ben).when().post(claimPath).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "task-claimed")).body("claimedBy", equalTo(annaName));
        given().auth().oauth2(ben).when().post(releasePath).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "task-claimed"));
        given().auth().oauth2(anna).when().post(releasePath).then().statusCode(200).body("claimedBy", equalTo(null));
        given().auth().oauth2(anna).when().post(releasePath).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "task-not-claimed"));

        // A claim is a hint: someone else entitled still decides, and the decider's own claim is cleared.
        given().auth().oauth2(ben).when().post(claimPath).then().statusCode(200);
        Api.decide(ben, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(201);
        assertNull(Api.caseOf(caseId).get("stages.find { it.key == 'technical-review' }.claimedBy"));
    }

    @Test
    void onlyThoseWhoMayDecideATaskClaimIt() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().post("/tasks/" + caseId + "/technical-review/claim")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUser.SEOYEON)).when().post("/tasks/" + caseId + "/technical-review/claim")
                .then().statusCode(403).body("type", equalTo(PROBLEMS + "missing-stage-role"));
        given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).when().post("/tasks/" + caseId + "/final-authorization/claim")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "stage-not-open"));
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).when().post("/tasks/" + caseId + "/no-such-stage/claim")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).when().post("/tasks/" + UUID.randomUUID() + "/technical-review/claim")
                .then().statusCode(404);
        given().when().post("/tasks/" + caseId + "/technical-review/claim").then().statusCode(401);
    }

    @Test
    void whoeverDelegatesTheRoleHandsTheirClaimsToTheDelegate() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        String name = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        String leaving = Api.userToken(name, "KR-DAPA", "reviewer");
        String delegateName = "cover-" + UUID.randomUUID().toString().substring(0, 8);
        String delegate = Api.userToken(delegateName, "KR-DAPA");
        given().auth().oauth2(leaving).when().post("/tasks/" + caseId + "/technical-review/claim").then().statusCode(200);

        given().auth().oauth2(leaving).contentType(ContentType.JSON)
                .body(Map.of("delegate", delegateName, "role", "reviewer",
                        "until", clock.instant().plus(Duration.ofDays(2)).toString(), "reason", "Leave"))
                .when().post("/delegations").then().statusCode(201);

        Map<String, Object> task = Api.tasksOfCase(delegate, caseId).get(0);
        assertEquals(delegateName, task.get("claimedBy"));
        assertEquals(name, task.get("onBehalfOf"));
        given().auth().oauth2(delegate).when().post("/tasks/" + caseId + "/technical-review/release")
                .then().statusCode(200).body("onBehalfOf", equalTo(name));
        Set<Object> claimers = new HashSet<>();
        Api.inbox(Tokens.of(DemoUser.MINJUN)).forEach(t -> claimers.add(t.get("claimedBy")));
        assertFalse(claimers.contains(name), "no claim is left with the person who delegated");
    }
}
