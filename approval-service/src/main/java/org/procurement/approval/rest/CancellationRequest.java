package org.procurement.approval.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A withdrawn request, as request-service sends it (docs/contracts.md, "Cancel the case"). */
public record CancellationRequest(UUID eventId, @NotNull UUID requestId, @Min(1) Integer round,
                                  @Size(max = 4000) String reason, @Size(max = 100) String actor) {
}
