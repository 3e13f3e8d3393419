package org.procurement.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.OutboxSchema;
import org.procurement.testing.contract.EventContract;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.HANA;
import static org.procurement.testing.DemoUser.JIHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.SEOYEON;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class StageFlowTest {

    @Inject
    DataSource dataSource;

    @Test
    void theOutboxTableIsTheOneTheOutboxModuleShips() throws Exception {
        OutboxSchema.assertAsShipped(dataSource);
    }

    @Test
    void parallelStagesOpenTogetherAndTheNextStageWaitsForBoth() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));

        Api.approve(MINJUN, caseId, "technical-review");
        assertEquals("COMPLETED", Api.stageStatus(caseId, "technical-review"));
        assertEquals("OPEN", Api.stageStatus(caseId, "export-control"));
        Api.decide(JIHO, caseId, "policy-board", "APPROVE", Map.of()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://procurement.example/problems/stage-not-open"))
                .body("detail", equalTo("Stage policy-board opens only when export-control is complete."));

        Api.approve(SEOYEON, caseId, "export-control");
        assertEquals("OPEN", Api.stageStatus(caseId, "policy-board"));
        assertEquals("WAITING", Api.stageStatus(caseId, "final-authorization"));
    }

    @Test
    void aQuorumOfTwoNeedsTwoDifferentPeople() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(MINJUN, caseId, "technical-review");
        Api.approve(SEOYEON, caseId, "export-control");

        Api.approve(JIHO, caseId, "policy-board");
        JsonPath afterOne = Api.caseOf(caseId);
        assertEquals("OPEN", afterOne.getString("stages.find { it.key == 'policy-board' }.status"));
        assertEquals(1, afterOne.getInt("stages.find { it.key == 'policy-board' }.approvals"));

        Api.decide(JIHO, caseId, "policy-board", "APPROVE", Map.of()).then().statusCode(409)
                .body("type", equalTo("https://procurement.example/problems/already-decided"));
        assertEquals("OPEN", Api.stageStatus(caseId, "policy-board"));

        Api.approve(HANA, caseId, "policy-board");
        assertEquals("COMPLETED", Api.stageStatus(caseId, "policy-board"));
        assertEquals("OPEN", Api.stageStatus(caseId, "final-authorization"));
    }

    @Test
    void approvingEveryStageApprovesTheCaseAndQueuesTheOutcome() throws Exception {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);
        Api.approve(MINJUN, caseId, "technical-review");
        Api.approve(SEOYEON, caseId, "export-control");

        Api.decide(DAEHO, caseId, "final-authorization", "APPROVE", Map.of()).then().statusCode(201)
                .header("Location", containsString("/cases/" + caseId))
                .body("status", equalTo("APPROVED"))
                .body("closedBy", equalTo("daeho"));

        List<Outboxes.Message> messages = Outboxes.forRequest(dataSource, submission.requestId);
        assertEquals(List.of("CASE_OPENED", "STAGES_OPENED", "CASE_CLOSED"),
                messages.stream().map(Outboxes.Message::type).toList());
        EventContract.assertShape("case-opened", new ObjectMapper().readTree(messages.get(0).payload()));
        EventContract.assertShape("stages-opened", new ObjectMapper().readTree(messages.get(1).payload()));
        EventContract.assertShape("case-closed", new ObjectMapper().readTree(messages.get(2).payload()));
        // What the ministry is told it waits for: first the two parallel stages, then the final authorization.
        assertEquals(List.of("technical-review", "export-control"),
                JsonPath.from(messages.get(0).payload()).getList("stages.key"));
        assertEquals(List.of("final-authorization"), JsonPath.from(messages.get(1).payload()).getList("stages.key"));
        assertTrue(JsonPath.from(messages.get(1).payload()).getString("stages[0].dueAt").startsWith("20"));
        JsonPath closed = JsonPath.from(messages.get(2).payload());
        assertEquals("APPROVED", closed.getString("outcome"));
        assertEquals(caseId.toString(), closed.getString("caseId"));
        assertEquals("daeho", closed.getString("actor"));
        assertEquals(1, closed.getInt("round"));
    }

    @Test
    void approvalWithConditionsCarriesTheConditionsToTheOutcome() throws Exception {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);
        Api.approve(MINJUN, caseId, "technical-review");
        Api.approve(SEOYEON, caseId, "export-control");

        String conditions = "Delivery in two tranches; end-use monitoring visit within 6 months";
        Api.decide(DAEHO, caseId, "final-authorization", "APPROVE_WITH_CONDITIONS", Map.of("conditions", conditions))
                .then().statusCode(201)
                .body("status", equalTo("APPROVED_WITH_CONDITIONS"))
                .body("conditions", equalTo(conditions))
                .body("stages.find { it.key == 'final-authorization' }.decisions[0].conditions", equalTo(conditions));

        List<Outboxes.Message> sent = Outboxes.forRequest(dataSource, submission.requestId);
        JsonPath closed = JsonPath.from(sent.get(sent.size() - 1).payload());
        assertEquals("APPROVED_WITH_CONDITIONS", closed.getString("outcome"));
        assertEquals(conditions, closed.getString("conditions"));
    }

    @Test
    void approvingWithConditionsRequiresTheConditions() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));

        Api.decide(MINJUN, caseId, "technical-review", "APPROVE_WITH_CONDITIONS", Map.of("comment", "fine"))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("conditions"));
        assertEquals("OPEN", Api.stageStatus(caseId, "technical-review"));
    }

    @Test
    void returningForAmendmentClosesTheCaseAsReturned() throws Exception {
        Submission submission = Submission.lethalArtilleryTo("UA");
        UUID caseId = Api.open(submission);

        Api.decide(MINJUN, caseId, "technical-review", "RETURN_FOR_AMENDMENT",
                        Map.of("reason", "Quantity exceeds the stated requirement"))
                .then().statusCode(201)
                .body("status", equalTo("RETURNED"))
                .body("reason", equalTo("Quantity exceeds the stated requirement"))
                .body("stages.status", equalTo(List.of("STOPPED", "STOPPED", "STOPPED", "STOPPED")));

        Api.decide(SEOYEON, caseId, "export-control", "APPROVE", Map.of()).then().statusCode(409)
                .body("type", equalTo("https://procurement.example/problems/case-closed"))
                .body("detail", containsString("already closed as RETURNED"));
        List<Outboxes.Message> sent = Outboxes.forRequest(dataSource, submission.requestId);
        JsonPath closed = JsonPath.from(sent.get(sent.size() - 1).payload());
        assertEquals("RETURNED", closed.getString("outcome"));
        assertEquals("Quantity exceeds the stated requirement", closed.getString("reason"));
    }

    @Test
    void rejectingClosesTheCaseAsRejectedAndNeedsAReason() {
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.approve(MINJUN, caseId, "technical-review");

        Api.decide(SEOYEON, caseId, "export-control", "REJECT", Map.of()).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.decide(SEOYEON, caseId, "export-control", "REJECT", Map.of("reason", "End-user certificate is unsigned"))
                .then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("closedBy", equalTo("seoyeon"));

        JsonPath c = Api.caseOf(caseId);
        assertEquals("COMPLETED", c.getString("stages.find { it.key == 'technical-review' }.status"));
        assertEquals("STOPPED", c.getString("stages.find { it.key == 'policy-board' }.status"));
        assertTrue(c.getList("history.type").contains("CASE_CLOSED"));
    }

    @Test
    void unknownCasesAndStagesAre404() {
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));

        Api.decide(MINJUN, UUID.randomUUID(), "technical-review", "APPROVE", Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.decide(MINJUN, caseId, "coffee-break", "APPROVE", Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
