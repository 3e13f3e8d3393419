package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case in a list: its facts, status and which stages are open. */
@Schema(description = "A case in a list: its facts, status and which stages are open.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseSummary(
        @Schema(description = "Case id.", example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f") UUID id,
        @Schema(description = "The request's id in request-service.", example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44")
        UUID requestId,
        @Schema(description = "Submission round of the request (one case per round).", example = "1") int round,
        @Schema(example = "REQ-2026-000123") String reference,
        @Schema(example = "Artillery and air defence for the eastern front") String title,
        @Schema(description = "The requesting organisation.", example = "UA-MOD") String organisation,
        Priority priority,
        @Schema(description = "ISO 3166 alpha-2 code.", example = "UA") String destinationCountry,
        @Schema(example = "43800000.00") BigDecimal total,
        @Schema(example = "USD") String currency,
        @Schema(description = "The policy version the case was routed by.", example = "1") int policyVersion,
        CaseStatus status,
        @Schema(description = "Keys of the stages open for decisions now.",
                example = "[\"technical-review\", \"export-control\"]")
        List<String> openStages,
        Instant openedAt,
        @Schema(description = "When the case got its outcome; absent while open.") Instant closedAt) {

    static CaseSummary of(ApprovalCase c) {
        return new CaseSummary(c.id(), c.requestId(), c.round(), c.reference(), c.title(), c.organisation(),
                c.priority(), c.destinationCountry(), c.total(), c.currency(), c.policyVersion(), c.status(),
                c.stages().stream().filter(CaseStage::isOpen).map(CaseStage::key).toList(), c.openedAt(), c.closedAt());
    }
}
