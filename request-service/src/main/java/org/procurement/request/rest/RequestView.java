package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.FinancingMethod;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Request", description = "A formal request; its version is also the ETag.")
public record RequestView(
        UUID id,
        @Schema(example = "REQ-2026-000123") String reference,
        @Schema(example = "UA-MOD") String organisation,
        RequestStatus status,
        @Schema(description = "Submission round: 0 for a first draft, +1 per submission.") int round,
        String title,
        String justification,
        String intendedEndUse,
        Priority priority,
        LocalDate neededBy,
        DestinationDto destination,
        FinancingMethod financingMethod,
        EndUserCertificateDto endUserCertificate,
        List<LineItemView> lines,
        @Schema(description = "Sum of the line totals, set at submission.") BigDecimal total,
        String currency,
        @Schema(description = "Set when APPROVED_WITH_CONDITIONS.") String conditions,
        @Schema(description = "Why it was rejected, returned or withdrawn.") String reason,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        long version) {

    static RequestView of(Request r) {
        return new RequestView(r.id(), r.reference(), r.organisation(), r.status(), r.round(), r.title(),
                r.justification(), r.intendedEndUse(), r.priority(), r.neededBy(), DestinationDto.of(r.destination()),
                r.financingMethod(), EndUserCertificateDto.of(r.endUserCertificate()),
                r.lines().stream().map(LineItemView::of).toList(), r.total(), r.currency(), r.conditions(),
                r.statusReason(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), r.submittedBy(),
                r.submittedAt(), r.version());
    }
}
