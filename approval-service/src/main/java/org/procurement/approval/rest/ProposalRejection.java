package org.procurement.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a policy proposal is turned down. */
@Schema(description = "Why a policy proposal is turned down; the proposer may reject their own (a withdrawal).")
public record ProposalRejection(
        @Schema(description = "1 to 4000 characters, kept with the proposal and in the audit trail.",
                example = "The board threshold must not be lowered before the treaty review.")
        @NotBlank @Size(max = 4000) String reason) {
}
