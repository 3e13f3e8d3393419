package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.MINSEO;
import static org.procurement.testing.DemoUser.OLENA;

/** Policy changes under four eyes, the floor no policy goes below, and the impact an approver sees first. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class PolicyProposalsTest {

    static final String PROBLEMS = "https://procurement.example/problems/";

    /** The current policy's document, as it would be proposed again (routes exactly like the current one). */
    static Map<String, Object> currentDocument() {
        int current = PolicyVersioningTest.currentVersion();
        Map<String, Object> policy = given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/" + current)
                .then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> document = new HashMap<>();
        document.put("name", policy.get("name"));
        document.put("stages", policy.get("stages"));
        return document;
    }

    static Response propose(DemoUser who, Object document) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(document)
                .when().post("/policies");
    }

    static String proposed(Object document) {
        return propose(DAEHO, document).then().statusCode(202).extract().path("id");
    }

    static Response approve(DemoUser who, String proposal) {
        return given().auth().oauth2(Tokens.of(who)).when().post("/policies/proposals/" + proposal + "/approval");
    }

    @Test
    void aProposalPublishesNothingUntilASecondAuthorizerApprovesIt() {
        int before = PolicyVersioningTest.currentVersion();
        Response proposal = propose(DAEHO, currentDocument());
        proposal.then().statusCode(202)
                .header("Location", containsString("/policies/proposals/"))
                .body("status", equalTo("PROPOSED"))
                .body("basedOnVersion", equalTo(before))
                .body("proposedBy", equalTo("daeho"));
        String id = proposal.path("id");
        assertEquals(before, PolicyVersioningTest.currentVersion(), "a proposal is not published");
        given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/" + id).then().statusCode(200)
                .body("status", equalTo("PROPOSED"));

        approve(MINSEO, id).then().statusCode(201)
                .header("Location", endsWith("/policies/" + (before + 1)))
                .body("version", equalTo(before + 1))
                .body("publishedBy", equalTo("minseo"))
                .body("proposedBy", equalTo("daeho"));
        assertEquals(before + 1, PolicyVersioningTest.currentVersion());
        given().auth().oauth2(Tokens.of(DAEHO)).when().get("/policies/proposals/" + id).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("minseo"))
                .body("publishedVersion", equalTo(before + 1));
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        int before = PolicyVersioningTest.currentVersion();
        String id = proposed(currentDocument());
        approve(DAEHO, id).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "separation-of-duties"));
        assertEquals(before, PolicyVersioningTest.currentVersion());
        reject(DAEHO, id, "Withdrawn by its proposer").then().statusCode(200);
    }

    @Test
    void aProposalMadeAgainstAnOlderVersionIsRefusedInsteadOfOverwritingANewerOne() {
        String first = proposed(currentDocument());
        String second = proposed(currentDocument());
        int published = approve(MINSEO, first).then().statusCode(201).extract().path("version");
        approve(MINSEO, second).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "stale-proposal"))
                .body("detail", containsString("version " + published));
        assertEquals(published, PolicyVersioningTest.currentVersion());
        given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/" + second).then()
                .body("status", equalTo("PROPOSED"));
        reject(MINSEO, second, "Stale").then().statusCode(200);
    }

    @Test
    void aDecidedProposalCannotBeDecidedAgain() {
        String id = proposed(currentDocument());
        approve(MINSEO, id).then().statusCode(201);
        approve(MINSEO, id).then().statusCode(409).body("type", equalTo(PROBLEMS + "proposal-decided"));
        reject(MINSEO, id, "Too late").then().statusCode(409).body("type", equalTo(PROBLEMS + "proposal-decided"));
    }

    @Test
    void aRejectedProposalKeepsItsReasonAndIsNeverPublished() {
        int before = PolicyVersioningTest.currentVersion();
        String id = proposed(currentDocument());
        reject(MINSEO, id, " ").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        reject(MINSEO, id, "x".repeat(4001)).then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.of(MINSEO)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/policies/proposals/" + id + "/rejection")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        reject(MINSEO, id, "The board threshold stays").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decidedBy", equalTo("minseo"))
                .body("reason", equalTo("The board threshold stays"));
        approve(MINSEO, id).then().statusCode(409);
        assertEquals(before, PolicyVersioningTest.currentVersion());
        given().auth().oauth2(Tokens.of(AUDREY)).queryParam("status", "REJECTED").when().get("/policies/proposals")
                .then().statusCode(200).body("id", hasItem(id)).body("status", everyItem(equalTo("REJECTED")));
        given().auth().oauth2(Tokens.of(AUDREY)).queryParam("status", "WITHDRAWN").when().get("/policies/proposals")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aPolicyBelowTheFloorIsNeverProposedAndTheViolationNamesTheFloorRule() {
        Map<String, Object> document = currentDocument();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = new ArrayList<>((List<Map<String, Object>>) document.get("stages"));
        stages.removeIf(stage -> stage.get("role").equals("policy-board"));
        document.put("stages", stages);
        propose(DAEHO, document).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-policy"))
                .body("violations[0].field", equalTo("stages"))
                .body("violations[0].message", startsWith("floor.lethal-to-conflict-zone: no stage decided by role policy-board"));

        stages.removeIf(stage -> stage.get("role").equals("authorizer"));
        propose(DAEHO, document).then().statusCode(400)
                .body("violations.message", hasItem(startsWith("floor.every-case: no stage decided by role authorizer")));
    }

    @Test
    void theImpactListsTheRecentCasesThatWouldRouteDifferently() {
        UUID unchanged = Api.open(Submission.nonLethalSuppliesTo("PL"));
        UUID changed = Api.open(Submission.lethalArtilleryTo("PL"));
        Map<String, Object> document = currentDocument();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) document.get("stages");
        // The board for every lethal line, wherever it goes.
        stages.replaceAll(stage -> {
            if (!stage.get("key").equals("policy-board")) {
                return stage;
            }
            Map<String, Object> board = new HashMap<>(stage);
            board.put("condition", Map.of("type", "any", "of", List.of(Map.of("type", "anyLineLethal"),
                    Map.of("type", "totalAtLeast", "amount", 100000000))));
            return board;
        });
        String id = proposed(document);
        try {
            given().auth().oauth2(Tokens.of(MINSEO))
                    .when().get("/policies/proposals/" + id + "/impact")
                    .then().statusCode(200)
                    .body("proposalId", equalTo(id))
                    .body("casesReplayed", greaterThanOrEqualTo(2))
                    .body("cases.caseId", hasItem(changed.toString()))
                    .body("cases.find { it.caseId == '" + changed + "' }.added", equalTo(List.of("policy-board")))
                    .body("cases.find { it.caseId == '" + changed + "' }.before", equalTo(RoutingTest.WITHOUT_BOARD))
                    .body("cases.find { it.caseId == '" + changed + "' }.after", equalTo(RoutingTest.WITH_BOARD))
                    .body("cases.find { it.caseId == '" + unchanged + "' }", equalTo(null));
            given().auth().oauth2(Tokens.of(AUDREY)).queryParam("last", 0)
                    .when().get("/policies/proposals/" + id + "/impact")
                    .then().statusCode(400).body("violations[0].field", equalTo("last"));
            given().auth().oauth2(Tokens.of(AUDREY)).queryParam("last", 5001)
                    .when().get("/policies/proposals/" + id + "/impact")
                    .then().statusCode(400).body("violations[0].field", equalTo("last"));
            given().auth().oauth2(Tokens.of(OLENA)).when().get("/policies/proposals/" + id + "/impact")
                    .then().statusCode(403);
        } finally {
            reject(DAEHO, id, "Only a test").then().statusCode(200);
        }
    }

    @Test
    void onlyAuthorizersProposeApproveAndRejectWhileAuditorsMayRead() {
        String id = proposed(currentDocument());
        propose(MINJUN, currentDocument()).then().statusCode(403);
        approve(MINJUN, id).then().statusCode(403);
        approve(AUDREY, id).then().statusCode(403);
        reject(AUDREY, id, "No").then().statusCode(403);
        given().auth().oauth2(Tokens.of(OLENA)).when().get("/policies/proposals").then().statusCode(403);
        given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        // A path that is not a UUID names no proposal, as in the other services.
        given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/not-a-uuid").then()
                .statusCode(404).contentType("application/problem+json");
        reject(DAEHO, id, "Only a test").then().statusCode(200);
    }

    @Test
    void twoApprovalsRacingPublishExactlyOneVersion() throws Exception {
        int before = PolicyVersioningTest.currentVersion();
        String first = proposed(currentDocument());
        String second = proposed(currentDocument());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (String id : List.of(first, second, first, second)) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return approve(MINSEO, id);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> call : calls) {
                Response reply = call.get(60, TimeUnit.SECONDS);
                statuses.add(reply.statusCode());
                if (reply.statusCode() == 409) {
                    assertTrue(Set.of(PROBLEMS + "stale-proposal", PROBLEMS + "proposal-decided")
                            .contains(reply.path("type")), reply.asString());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one approval wins: " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "the others are told 409: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, PolicyVersioningTest.currentVersion(), "one version was published");
        for (String id : List.of(first, second)) {
            String status = given().auth().oauth2(Tokens.of(AUDREY)).when().get("/policies/proposals/" + id)
                    .then().extract().path("status");
            if (status.equals("PROPOSED")) {
                reject(DAEHO, id, "Lost the race").then().statusCode(200);
            }
        }
    }

    @Test
    void proposalPublicationAndRejectionAreAuditEntriesNamingBothPeople() {
        Instant since = Instant.now().minusSeconds(1);
        String published = proposed(currentDocument());
        int version = approve(MINSEO, published).then().statusCode(201).extract().path("version");
        String rejected = proposed(currentDocument());
        reject(MINSEO, rejected, "The threshold stays").then().statusCode(200);

        String trail = given().auth().oauth2(Tokens.of(AUDREY)).queryParam("from", since.toString())
                .when().get("/audit/export").then().statusCode(200).extract().asString();
        List<String> entries = trail.lines().toList();
        assertTrue(entries.stream().anyMatch(e -> e.contains("POLICY_PROPOSED") && e.contains(published)
                && e.contains("daeho")), trail);
        assertTrue(entries.stream().anyMatch(e -> e.contains("POLICY_PUBLISHED")
                && e.contains("Published policy version " + version) && e.contains("proposed by daeho, approved by minseo")),
                trail);
        assertTrue(entries.stream().anyMatch(e -> e.contains("POLICY_PROPOSAL_REJECTED") && e.contains(rejected)
                && e.contains("minseo") && e.contains("The threshold stays")), trail);
    }

    static Response reject(DemoUser who, String proposal, String reason) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/policies/proposals/" + proposal + "/rejection");
    }
}
