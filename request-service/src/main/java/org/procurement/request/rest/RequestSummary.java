package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RequestSummary", description = "A request as listed.")
public record RequestSummary(
        UUID id,
        String reference,
        String organisation,
        RequestStatus status,
        String title,
        Priority priority,
        LocalDate neededBy,
        BigDecimal total,
        String currency,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        Instant updatedAt,
        long version) {

    static RequestSummary of(Request r) {
        return new RequestSummary(r.id(), r.reference(), r.organisation(), r.status(), r.title(), r.priority(),
                r.neededBy(), r.total(), r.currency(), r.createdBy(), r.createdAt(), r.submittedAt(), r.updatedAt(),
                r.version());
    }
}
