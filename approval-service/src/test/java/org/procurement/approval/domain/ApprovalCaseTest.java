package org.procurement.approval.domain;

import org.junit.jupiter.api.Test;
import org.procurement.approval.policy.DefaultPolicy;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.approval.policy.RoutingContext;
import org.procurement.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case's rules without HTTP or a database. */
class ApprovalCaseTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Actor MINJUN = new Actor("minjun", "KR-DAPA", Set.of("reviewer"));
    static final Actor SEOYEON = new Actor("seoyeon", "KR-DAPA", Set.of("export-control"));
    static final Actor JIHO = new Actor("jiho", "KR-NSC", Set.of("policy-board"));
    static final Actor HANA = new Actor("hana", "KR-NSC", Set.of("policy-board"));
    static final Actor DAEHO = new Actor("daeho", "KR-MND", Set.of("authorizer"));
    static final DecisionText OK = new DecisionText(null, null, null);

    @Test
    void openingOpensTheFirstGroupOfStagesAndRecordsIt() {
        ApprovalCase c = lethalToUkraine();

        assertEquals(List.of(StageStatus.OPEN, StageStatus.OPEN, StageStatus.WAITING, StageStatus.WAITING),
                c.stages().stream().map(CaseStage::status).toList());
        assertEquals(List.of(CaseEventType.CASE_OPENED, CaseEventType.STAGE_OPENED, CaseEventType.STAGE_OPENED),
                c.takeEvents().stream().map(CaseEvent::type).toList());
        assertEquals(NOW.plusSeconds(5 * 24 * 3600), c.stage("technical-review").orElseThrow().dueAt());
    }

    @Test
    void aStageCompletesAtItsQuorumAndTheCaseWhenEveryStageHas() {
        ApprovalCase c = lethalToUkraine();
        c.decide(MINJUN, "technical-review", DecisionOutcome.APPROVE, OK, NOW);
        c.decide(SEOYEON, "export-control", DecisionOutcome.APPROVE, OK, NOW);
        c.decide(JIHO, "policy-board", DecisionOutcome.APPROVE, OK, NOW);
        assertEquals(StageStatus.OPEN, c.stage("policy-board").orElseThrow().status());
        c.decide(HANA, "policy-board", DecisionOutcome.APPROVE_WITH_CONDITIONS, new DecisionText(null, "Two tranches", null), NOW);
        c.takeEvents();

        c.decide(DAEHO, "final-authorization", DecisionOutcome.APPROVE_WITH_CONDITIONS,
                new DecisionText(null, "Monitoring visit", null), NOW);

        assertEquals(CaseStatus.APPROVED_WITH_CONDITIONS, c.status());
        assertEquals("Two tranches; Monitoring visit", c.conditions());
        assertEquals(List.of(CaseEventType.DECISION, CaseEventType.STAGE_COMPLETED, CaseEventType.CASE_CLOSED),
                c.takeEvents().stream().map(CaseEvent::type).toList());
    }

    @Test
    void illegalDecisionsAreRefusedWithTheReason() {
        ApprovalCase c = lethalToUkraine();

        assertEquals("stage-not-open", refusal(() -> c.decide(JIHO, "policy-board", DecisionOutcome.APPROVE, OK, NOW)).slug());
        assertEquals("missing-stage-role", refusal(() -> c.decide(JIHO, "technical-review", DecisionOutcome.APPROVE, OK, NOW)).slug());
        Actor ukrainian = new Actor("ivan", "UA-MOD", Set.of("reviewer"));
        assertEquals("requesting-organisation", refusal(() -> c.decide(ukrainian, "technical-review", DecisionOutcome.APPROVE, OK, NOW)).slug());
        Actor both = new Actor("sora", "KR-DAPA", Set.of("reviewer", "export-control"));
        c.decide(both, "technical-review", DecisionOutcome.APPROVE, OK, NOW);
        assertEquals("separation-of-duties", refusal(() -> c.decide(both, "export-control", DecisionOutcome.APPROVE, OK, NOW)).slug());
        assertEquals("already-decided", refusal(() -> c.decide(both, "technical-review", DecisionOutcome.APPROVE, OK, NOW)).slug());
        assertEquals("stage-completed", refusal(() -> c.decide(MINJUN, "technical-review", DecisionOutcome.APPROVE, OK, NOW)).slug());

        c.decide(SEOYEON, "export-control", DecisionOutcome.REJECT, new DecisionText(null, null, "No certificate"), NOW);
        assertEquals(CaseStatus.REJECTED, c.status());
        assertEquals("case-closed", refusal(() -> c.decide(JIHO, "policy-board", DecisionOutcome.APPROVE, OK, NOW)).slug());
    }

    @Test
    void cancellingAClosedCaseChangesNothing() {
        ApprovalCase c = lethalToUkraine();
        assertTrue(c.cancel("olena", "Withdrawn", NOW));
        assertEquals(CaseStatus.CANCELLED, c.status());
        assertEquals(false, c.cancel("olena", "Again", NOW));
        assertTrue(c.stages().stream().allMatch(s -> s.status() == StageStatus.STOPPED));
    }

    private static RuleViolation refusal(Runnable decision) {
        return assertThrows(RuleViolation.class, decision::run);
    }

    private static ApprovalCase lethalToUkraine() {
        RequestFacts facts = new RequestFacts(Priority.URGENT, "UA", new BigDecimal("21000000"), "USD",
                List.of(new LineFacts("KR-ART-K9A1", true, true)));
        CaseFacts caseFacts = new CaseFacts(UUID.randomUUID(), 1, "REQ-1", "Artillery", "UA-MOD", "olena",
                Priority.URGENT, "UA", new BigDecimal("21000000"), "USD", "{}");
        return ApprovalCase.open(caseFacts, 1, DefaultPolicy.load().route(facts, RoutingContext.of(List.of("UA"))), NOW);
    }
}
