package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.Delegation;

import java.time.Instant;
import java.util.UUID;

/** A delegation as its two people and auditors see it. */
@Schema(description = "A deciding role handed by one approver to a colleague for a period.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationView(
        @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
        @Schema(description = "Who handed the role over.", example = "minjun") String delegator,
        @Schema(description = "Who decides with it meanwhile, on the delegator's behalf.", example = "yuna") String delegate,
        @Schema(description = "The organisation both belong to.", example = "KR-DAPA") String organisation,
        @Schema(example = "reviewer") String role,
        @Schema(example = "2026-12-07T00:00:00Z") Instant from,
        @Schema(example = "2026-12-18T00:00:00Z") Instant until,
        @Schema(example = "Annual leave; yuna covers technical review.") String reason,
        Instant createdAt,
        @Schema(description = "Whether the delegate may use it now: started, not past `until`, not ended.")
        boolean active,
        @Schema(description = "When it was ended early (absent while it runs its course).") Instant endedAt,
        @Schema(description = "Who ended it: the delegator (withdrawn) or the delegate (declined).", example = "minjun")
        String endedBy) {

    static DelegationView of(Delegation d, Instant now) {
        return new DelegationView(d.id(), d.delegator(), d.delegate(), d.organisation(), d.role(), d.validFrom(),
                d.validUntil(), d.reason(), d.createdAt(), d.activeAt(now), d.endedAt(), d.endedBy());
    }
}
