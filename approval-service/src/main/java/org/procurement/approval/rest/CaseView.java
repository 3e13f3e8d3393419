package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.policy.Aggregation;
import org.procurement.approval.policy.CountedRequest;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case with its stages, decisions, the request facts it was opened with, and its history. */
@Schema(description = "A case with its stages, decisions, the request facts it was opened with, and its history.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        @Schema(description = "Case id.", example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f") UUID id,
        @Schema(description = "The request's id in request-service.", example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44")
        UUID requestId,
        @Schema(description = "Submission round of the request (one case per round).", example = "1") int round,
        @Schema(example = "REQ-2026-000123") String reference,
        @Schema(example = "Artillery and air defence for the eastern front") String title,
        @Schema(description = "The requesting organisation.", example = "UA-MOD") String organisation,
        @Schema(description = "Who submitted the request.", example = "olena") String submittedBy,
        Priority priority,
        @Schema(description = "ISO 3166 alpha-2 code.", example = "UA") String destinationCountry,
        @Schema(example = "43800000.00") BigDecimal total,
        @Schema(example = "USD") String currency,
        @Schema(description = "The value `totalAtLeast` conditions compared: `total` plus the lines of the "
                + "organisation's other live requests for the same catalogue items opened within the aggregation "
                + "window (APPROVAL_AGGREGATION_WINDOW), as they stood when the case opened.",
                example = "82000000.00")
        BigDecimal aggregatedTotal,
        @Schema(description = "The other requests counted into `aggregatedTotal`, with the value counted of each; "
                + "empty when none.")
        List<CountedRequest> countedRequests,
        @Schema(description = "The policy version the case was routed by; later versions never change it.",
                example = "1")
        int policyVersion,
        CaseStatus status,
        @Schema(description = "With APPROVED_WITH_CONDITIONS: every approval's conditions, joined.",
                example = "Delivery in two tranches; end-use monitoring visit within 6 months")
        String conditions,
        @Schema(description = "With RETURNED, REJECTED or CANCELLED: the reason given.") String reason,
        @Schema(description = "Who made the decision that closed the case.", example = "daeho") String closedBy,
        Instant openedAt,
        @Schema(description = "When the case got its outcome; absent while open.") Instant closedAt,
        @Schema(description = "The stages the policy routed the case through, in the order they run.")
        List<StageView> stages,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The request as submitted") String request,
        @Schema(description = "The case's audit entries, oldest first.") List<HistoryEntry> history) {

    /**
     * @param forRequester whether the viewer is the requesting ministry: it reads the outcome, the conditions and the
     *                     reasons, but not the supplier's officials' names nor their internal remarks
     */
    static CaseView of(ApprovalCase c, Aggregation aggregation, List<AuditEntry> history, boolean forRequester) {
        List<StageView> stages = c.stages().stream().map(StageView::of)
                .map(stage -> forRequester ? stage.forRequester() : stage).toList();
        List<HistoryEntry> entries = history.stream().map(HistoryEntry::of)
                .map(entry -> forRequester ? entry.forRequester() : entry).toList();
        return new CaseView(c.id(), c.requestId(), c.round(), c.reference(), c.title(), c.organisation(),
                c.submittedBy(), c.priority(), c.destinationCountry(), c.total(), c.currency(), aggregation.total(),
                aggregation.counted(), c.policyVersion(),
                c.status(), c.conditions(), c.reason(), forRequester ? null : c.closedBy(), c.openedAt(), c.closedAt(),
                stages, c.facts(), entries);
    }
}
