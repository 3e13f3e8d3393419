package org.procurement.approval.rest;

import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An open stage the caller may decide, with the case summary, due date and overdue flag. */
public record TaskView(UUID caseId, String reference, String title, String organisation, Priority priority,
                       String destinationCountry, BigDecimal total, String currency, String stageKey, String stageTitle,
                       String role, int quorum, long approvals, Instant openedAt, Instant dueAt, boolean overdue) {

    static TaskView of(CaseStage s) {
        ApprovalCase c = s.approvalCase();
        return new TaskView(c.id(), c.reference(), c.title(), c.organisation(), c.priority(), c.destinationCountry(),
                c.total(), c.currency(), s.key(), s.title(), s.role(), s.quorum(), s.approvals(), s.openedAt(),
                s.dueAt(), s.overdue());
    }
}
