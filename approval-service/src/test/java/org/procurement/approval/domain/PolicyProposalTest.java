package org.procurement.approval.domain;

import org.junit.jupiter.api.Test;
import org.procurement.support.domain.RuleViolation;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four-eyes rules of a policy proposal, without HTTP or a database. */
class PolicyProposalTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static PolicyProposal byDaehoAgainstVersion(int version) {
        return new PolicyProposal("Stricter", "{}", version, "daeho", NOW);
    }

    @Test
    void aSecondAuthorizerApprovesAndThePublishedVersionIsKept() {
        PolicyProposal p = byDaehoAgainstVersion(3);

        assertTrue(p.approvalRefusal("minseo", 3).isEmpty());
        p.approve("minseo", 4, NOW.plusSeconds(60));

        assertEquals(ProposalStatus.APPROVED, p.status());
        assertEquals("minseo", p.decidedBy());
        assertEquals(4, p.publishedVersion());
    }

    @Test
    void theProposerIsRefusedWithSeparationOfDuties() {
        PolicyProposal p = byDaehoAgainstVersion(3);

        Refusal refusal = p.approvalRefusal("daeho", 3).orElseThrow();
        assertEquals(RuleViolation.Kind.NOT_PERMITTED, refusal.kind());
        assertEquals("separation-of-duties", refusal.slug());
        RuleViolation thrown = assertThrows(RuleViolation.class, () -> p.approve("daeho", 4, NOW));
        assertEquals(RuleViolation.Kind.NOT_PERMITTED, thrown.kind());
        assertEquals(ProposalStatus.PROPOSED, p.status());
    }

    @Test
    void aProposalAgainstAnOlderVersionIsStale() {
        Refusal refusal = byDaehoAgainstVersion(3).approvalRefusal("minseo", 4).orElseThrow();

        assertEquals(RuleViolation.Kind.CONFLICT, refusal.kind());
        assertEquals("stale-proposal", refusal.slug());
    }

    @Test
    void aDecidedProposalRefusesEveryFurtherDecision() {
        PolicyProposal approved = byDaehoAgainstVersion(3);
        approved.approve("minseo", 4, NOW);
        PolicyProposal rejected = byDaehoAgainstVersion(3);
        rejected.reject("minseo", "Not now", NOW);

        for (PolicyProposal p : new PolicyProposal[] {approved, rejected}) {
            assertEquals("proposal-decided", p.approvalRefusal("hana", 3).orElseThrow().slug());
            assertEquals("proposal-decided", p.rejectionRefusal().orElseThrow().slug());
            assertThrows(RuleViolation.class, () -> p.reject("minseo", "Again", NOW));
        }
    }

    @Test
    void theProposerMayWithdrawTheirOwnProposalByRejectingIt() {
        PolicyProposal p = byDaehoAgainstVersion(3);

        p.reject("daeho", "Withdrawn: wrong threshold", NOW);

        assertEquals(ProposalStatus.REJECTED, p.status());
        assertEquals("Withdrawn: wrong threshold", p.reason());
    }
}
