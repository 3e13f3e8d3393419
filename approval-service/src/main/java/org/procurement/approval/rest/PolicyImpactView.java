package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.service.PolicyService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What approving a proposal would change, replayed over recent cases. */
@Schema(description = "The routing facts of the most recent cases replayed against the current policy and the "
        + "proposal: the cases that would route differently, stages before and after.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyImpactView(
        UUID proposalId,
        @Schema(description = "The version the replay compared against (the current one).", example = "1")
        int currentVersion,
        @Schema(description = "Cases replayed, newest first.", example = "500") int casesReplayed,
        @Schema(description = "How many of them would route differently.", example = "12") int casesChanged,
        @Schema(description = "Only the cases that would route differently, newest first.") List<ChangedCase> cases) {

    @Schema(description = "One case that would route differently under the proposal.")
    public record ChangedCase(UUID caseId,
                              @Schema(example = "REQ-2026-000123") String reference,
                              @Schema(example = "UA-MOD") String organisation,
                              Instant openedAt,
                              @Schema(description = "Stage keys that apply under the current policy.",
                                      example = "[\"technical-review\", \"export-control\", \"policy-board\", \"final-authorization\"]")
                              List<String> before,
                              @Schema(description = "Stage keys that would apply under the proposal.",
                                      example = "[\"technical-review\", \"export-control\", \"final-authorization\"]")
                              List<String> after,
                              @Schema(example = "[]") List<String> added,
                              @Schema(example = "[\"policy-board\"]") List<String> removed,
                              @Schema(description = "Stages kept whose role, quorum or order would change.",
                                      example = "[\"technical-review: reviewer ×1 (order 1) → reviewer ×2 (order 1)\"]")
                              List<String> changed) {
    }

    static PolicyImpactView of(PolicyService.Impact impact) {
        return new PolicyImpactView(impact.proposal().id(), impact.currentVersion(), impact.casesReplayed(),
                impact.changed().size(), impact.changed().stream().map(r -> new ChangedCase(r.approvalCase().id(),
                        r.approvalCase().reference(), r.approvalCase().organisation(), r.approvalCase().openedAt(),
                        r.change().before(), r.change().after(), r.change().added(), r.change().removed(),
                        r.change().changed())).toList());
    }
}
