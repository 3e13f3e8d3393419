package org.procurement.request.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal")
public record WithdrawalInput(
        @Schema(example = "Requirement met by another supplier") @NotBlank @Size(max = 4000) String reason) {
}
