package org.procurement.approval.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Another request of the same organisation counted into an aggregated total, with the value that was counted. */
@Schema(description = "Another live request of the same organisation counted into the aggregated total: the value of "
        + "its lines for catalogue items this request also contains.")
public record CountedRequest(
        @Schema(description = "The counted request's id in request-service.",
                example = "2c7d0e4a-91b3-4f6e-8a25-7d1e0c9b3f58") UUID requestId,
        @Schema(description = "The counted request's reference.", example = "REQ-2026-000101") String reference,
        @Schema(description = "The value counted: its lines for the same items.", example = "38000000.00")
        BigDecimal value) {
}
