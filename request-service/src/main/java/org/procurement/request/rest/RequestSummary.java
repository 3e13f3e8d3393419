package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RequestSummary", description = "A request as listed.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestSummary(
        @Schema(description = "The request's id.", example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44") UUID id,
        @Schema(description = "The reference to quote.", example = "REQ-2026-000123") String reference,
        @Schema(description = "The requesting organisation.", example = "UA-MOD") String organisation,
        @Schema(description = "Where the request stands.", example = "IN_REVIEW") RequestStatus status,
        @Schema(example = "Artillery and air defence for the eastern front") String title,
        @Schema(example = "URGENT") Priority priority,
        @Schema(example = "2027-03-01") LocalDate neededBy,
        @Schema(description = "Sum of the line totals; set at submission.", example = "27800000.00") BigDecimal total,
        @Schema(description = "ISO 4217 currency of the total.", example = "USD") String currency,
        @Schema(description = "Who created the draft.", example = "olena") String createdBy,
        @Schema(example = "2026-11-26T09:12:31Z") Instant createdAt,
        @Schema(description = "When last submitted; absent for a draft.", example = "2026-11-26T10:00:04Z")
        Instant submittedAt,
        @Schema(example = "2026-11-26T10:00:06Z") Instant updatedAt,
        @Schema(description = "The version, as in the ETag of the request.", example = "3") long version) {

    static RequestSummary of(Request r) {
        return new RequestSummary(r.id(), r.reference(), r.organisation(), r.status(), r.title(), r.priority(),
                r.neededBy(), r.total(), r.currency(), r.createdBy(), r.createdAt(), r.submittedAt(), r.updatedAt(),
                r.version());
    }
}
