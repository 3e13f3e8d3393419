package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.SEOYEON;
import static org.procurement.testing.DemoUser.SORA;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class SeparationOfDutiesTest {

    static final String PROBLEMS = "https://procurement.example/problems/";

    @Test
    void onlyHoldersOfTheStageRoleDecideIt() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));

        Api.decide(MINJUN, caseId, "export-control", "APPROVE", Map.of()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "missing-stage-role"))
                .body("detail", containsString("role export-control"));
        assertEquals("OPEN", Api.stageStatus(caseId, "export-control"));
    }

    @Test
    void onePersonDecidesAtMostOneStageOfACase() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));

        Api.approve(SORA, caseId, "technical-review");
        Api.decide(SORA, caseId, "export-control", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "separation-of-duties"))
                .body("detail", containsString("already decided stage technical-review"));

        assertEquals("OPEN", Api.stageStatus(caseId, "export-control"));
        Api.approve(SEOYEON, caseId, "export-control");
    }

    @Test
    void aPersonDecidesAStageOnlyOnce() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(MINJUN, caseId, "technical-review");

        Api.decide(MINJUN, caseId, "technical-review", "REJECT", Map.of("reason", "second thoughts")).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "already-decided"));
        assertEquals("OPEN", Api.caseOf(caseId).getString("status"));
    }

    @Test
    void nobodyFromTheRequestingOrganisationDecides() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        String ukrainianReviewer = Api.userToken("ivan", "UA-MOD", "reviewer");

        Api.decide(ukrainianReviewer, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "requesting-organisation"));
        assertEquals("OPEN", Api.stageStatus(caseId, "technical-review"));
    }

    @Test
    void theSubmitterNeverDecides() {
        // A submitter from another organisation than the one on the request isolates this rule from the previous one.
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA").by("XX-MOD", "minjun"));

        Api.decide(MINJUN, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "submitter"));
    }

    @Test
    void aCallerWithoutAnOrganisationCannotDecide() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));

        Api.decide(Api.userToken("nobody", null, "reviewer"), caseId, "technical-review", "APPROVE", Map.of())
                .then().statusCode(403).body("detail", containsString("no organisation"));
    }

    @Test
    void requestersCannotDecideAtAll() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));

        Api.decide(DemoUser.OLENA, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403);
    }

    @Test
    void theInboxShowsOnlyStagesTheCallerMayStillDecide() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));

        assertEquals(List.of("export-control", "technical-review"), tasksOf(Tokens.of(SORA), caseId).stream().sorted().toList());
        Api.approve(SORA, caseId, "technical-review");

        assertEquals(List.of(), tasksOf(Tokens.of(SORA), caseId));
        assertEquals(List.of("export-control"), tasksOf(Tokens.of(SEOYEON), caseId));
        assertEquals(List.of(), tasksOf(Tokens.of(MINJUN), caseId));
        assertEquals(List.of(), tasksOf(Api.userToken("ivan", "UA-MOD", "export-control"), caseId));
        assertFalse(tasksOf(Tokens.of(DemoUser.JIHO), caseId).contains("policy-board"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/tasks").then().statusCode(403);
    }

    @Test
    void inboxTasksCarryTheCaseSummaryAndDueDate() {
        Submission submission = Submission.lethalArtilleryTo("UA");
        UUID caseId = Api.open(submission);

        Map<String, Object> task = Api.tasksOfCase(Tokens.of(MINJUN), caseId).get(0);
        assertEquals(submission.reference, task.get("reference"));
        assertEquals("technical-review", task.get("stageKey"));
        assertEquals("UA-MOD", task.get("organisation"));
        assertEquals(false, task.get("overdue"));
        assertTrue(task.get("dueAt").toString().contains("T"));
    }

    static List<String> tasksOf(String token, UUID caseId) {
        return Api.tasksOfCase(token, caseId).stream().map(task -> (String) task.get("stageKey")).toList();
    }
}
