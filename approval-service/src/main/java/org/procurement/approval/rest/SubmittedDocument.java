package org.procurement.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A document of the submitted round, as request-service describes it; approvers download it from request-service. */
@Schema(description = "A document of the submitted round: what the decisions on this case saw, named by SHA-256. "
        + "Download it from request-service: GET /requests/{requestId}/documents/{id}.")
public record SubmittedDocument(
        @Schema(example = "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") @NotNull UUID id,
        @Schema(example = "END_USER_CERTIFICATE") @NotBlank @Size(max = 40) String kind,
        @Schema(example = "EUC-UA-2026-0412-signed.pdf") @NotBlank @Size(max = 255) String fileName,
        @Schema(example = "application/pdf") @Size(max = 100) String mediaType,
        @Schema(example = "482113") @Positive long size,
        @Schema(example = "9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70")
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in hex") String sha256) {

    /** How the audit trail names it. */
    String describe() {
        return fileName + " (" + kind + ", sha256 " + sha256 + ")";
    }
}
