package org.procurement.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "Why the request is withdrawn; kept on the request and its timeline.")
public record WithdrawalInput(
        @Schema(description = "The reason, for the approvers and the record.",
                example = "Requirement met by another supplier")
        @NotBlank @Size(max = 4000) String reason) {
}
