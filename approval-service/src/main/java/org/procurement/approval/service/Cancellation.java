package org.procurement.approval.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.CaseStatus;

import java.util.UUID;

/** What a cancellation found: the case status after it, and whether this call cancelled it. */
@Schema(description = "What a cancellation found: the case status after the call, and whether this call cancelled it.")
public record Cancellation(
        @Schema(example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44") UUID requestId,
        @Schema(description = "The round whose case was looked at.", example = "1") int round,
        @Schema(description = "The case status after the call.", example = "CANCELLED") CaseStatus caseStatus,
        Result result) {

    @Schema(name = "CancellationResult", description = "CANCELLED by this call; ALREADY_CANCELLED by an earlier call; "
            + "ALREADY_CLOSED with another outcome before the withdrawal arrived (left unchanged).")
    public enum Result { CANCELLED, ALREADY_CANCELLED, ALREADY_CLOSED }
}
