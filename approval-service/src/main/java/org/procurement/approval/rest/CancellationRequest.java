package org.procurement.approval.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A withdrawn request, as request-service sends it (docs/contracts.md, "Cancel the case"). */
@Schema(description = "A withdrawn request, as request-service sends it (docs/contracts.md, \"Cancel the case\").")
public record CancellationRequest(
        @Schema(description = "Id of request-service's outbox event, for tracing.",
                example = "c2f7a4d1-0e3b-4b6a-9f85-7d1e2c3b4a50") UUID eventId,
        @Schema(description = "The withdrawn request's id.",
                example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44") @NotNull UUID requestId,
        @Schema(description = "The round to cancel; without it, the latest round.", example = "1")
        @Min(1) Integer round,
        @Schema(description = "Why the request was withdrawn; becomes the case's reason.",
                example = "Requirement met by another supplier") @Size(max = 4000) String reason,
        @Schema(description = "Who withdrew it; without it, the calling service account.",
                example = "olena") @Size(max = 100) String actor) {
}
