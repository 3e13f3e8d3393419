package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case with its stages, decisions, the request facts it was opened with, and its history. */
public record CaseView(UUID id, UUID requestId, int round, String reference, String title, String organisation,
                       String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                       String currency, int policyVersion, CaseStatus status, String conditions, String reason,
                       String closedBy, Instant openedAt, Instant closedAt, List<StageView> stages,
                       @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                               description = "The request as submitted") String request,
                       List<HistoryEntry> history) {

    static CaseView of(ApprovalCase c, List<AuditEntry> history) {
        return new CaseView(c.id(), c.requestId(), c.round(), c.reference(), c.title(), c.organisation(),
                c.submittedBy(), c.priority(), c.destinationCountry(), c.total(), c.currency(), c.policyVersion(),
                c.status(), c.conditions(), c.reason(), c.closedBy(), c.openedAt(), c.closedAt(),
                c.stages().stream().map(StageView::of).toList(), c.facts(),
                history.stream().map(HistoryEntry::of).toList());
    }
}
