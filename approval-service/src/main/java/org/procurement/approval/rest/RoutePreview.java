package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.policy.CountedRequest;

import java.math.BigDecimal;
import java.util.List;

/** The route a request would take under the current policy. */
@Schema(description = "The route a request with the given facts would take under the current policy.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutePreview(
        @Schema(description = "The current policy version, which a case opened now would keep.", example = "1")
        int policyVersion,
        @Schema(description = "Destinations counted as conflict zones (ISO 3166 alpha-2).", example = "[\"UA\"]")
        List<String> conflictZones,
        @Schema(description = "The total routing used: the one given, or the sum of the lines.",
                example = "43800000.00")
        BigDecimal total,
        @Schema(description = "The value `totalAtLeast` conditions compare: `total` plus the lines of the "
                + "organisation's live requests for the same catalogue items (`itemId`) opened within the "
                + "aggregation window.", example = "82000000.00")
        BigDecimal aggregatedTotal,
        @Schema(description = "The organisation's requests counted into `aggregatedTotal`, with the value counted of "
                + "each; empty when none.")
        List<CountedRequest> countedRequests,
        @Schema(description = "Every stage of the policy, in the order they run, with whether it applies.")
        List<StagePreview> stages) {
}
