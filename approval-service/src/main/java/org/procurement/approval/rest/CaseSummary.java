package org.procurement.approval.rest;

import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case in a list: its facts, status and which stages are open. */
public record CaseSummary(UUID id, UUID requestId, int round, String reference, String title, String organisation,
                          Priority priority, String destinationCountry, BigDecimal total, String currency,
                          int policyVersion, CaseStatus status, List<String> openStages, Instant openedAt,
                          Instant closedAt) {

    static CaseSummary of(ApprovalCase c) {
        return new CaseSummary(c.id(), c.requestId(), c.round(), c.reference(), c.title(), c.organisation(),
                c.priority(), c.destinationCountry(), c.total(), c.currency(), c.policyVersion(), c.status(),
                c.stages().stream().filter(CaseStage::isOpen).map(CaseStage::key).toList(), c.openedAt(), c.closedAt());
    }
}
