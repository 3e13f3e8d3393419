package org.procurement.approval.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One of your deciding roles handed to a colleague while you are away. */
@Schema(description = "One of your deciding roles handed to a colleague of your organisation for a period.")
public record DelegationRequest(
        @Schema(description = "The colleague's username (same organisation as you; not yourself).", example = "yuna")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a username") String delegate,
        @Schema(description = "A deciding role you hold in your own right.",
                enumeration = {"reviewer", "export-control", "policy-board", "authorizer"}, example = "reviewer")
        @NotBlank String role,
        @Schema(description = "Start; leave it out to start now. Not in the past.", example = "2026-12-07T00:00:00Z")
        Instant from,
        @Schema(description = "End, after the start and at most the configured maximum (default 30 days) after it.",
                example = "2026-12-18T00:00:00Z")
        @NotNull Instant until,
        @Schema(description = "1 to 1000 characters, kept with the delegation and in the audit trail.",
                example = "Annual leave; yuna covers technical review.")
        @NotBlank @Size(max = 1000) String reason) {
}
