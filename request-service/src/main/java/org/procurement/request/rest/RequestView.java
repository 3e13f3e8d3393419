package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.request.domain.FinancingMethod;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Request", description = "A formal request; its version is also the ETag.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(
        @Schema(description = "The request's id, used in every address about it.",
                example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44")
        UUID id,
        @Schema(description = "The reference to quote, REQ-<year>-<6 digits>.", example = "REQ-2026-000123")
        String reference,
        @Schema(description = "The requesting organisation, from the creator's sign-in.", example = "UA-MOD")
        String organisation,
        @Schema(description = "Where the request stands.", example = "SUBMITTED") RequestStatus status,
        @Schema(description = "Submission round: 0 for a first draft, +1 per submission.", example = "1") int round,
        @Schema(example = "Artillery and air defence for the eastern front") String title,
        @Schema(description = "Why the equipment is needed.") String justification,
        @Schema(description = "Who will use the equipment, where and for what.") String intendedEndUse,
        @Schema(example = "URGENT") Priority priority,
        @Schema(description = "The date by which it is needed.", example = "2027-03-01") LocalDate neededBy,
        DestinationDto destination,
        @Schema(example = "GRANT") FinancingMethod financingMethod,
        EndUserCertificateDto endUserCertificate,
        @Schema(description = "The lines, in the order written.") List<LineItemView> lines,
        @Schema(description = "Sum of the line totals, set at submission.", example = "27800000.00") BigDecimal total,
        @Schema(description = "ISO 4217 currency of the total, set at submission.", example = "USD") String currency,
        @Schema(description = "The approvers' conditions; set when APPROVED_WITH_CONDITIONS.", nullable = true,
                example = "Delivery in two tranches; end-use monitoring visit within 6 months")
        String conditions,
        @Schema(description = "Why it was rejected, returned or withdrawn.", nullable = true) String reason,
        @Schema(description = "While IN_REVIEW: the stages of its approval case open now, each with its due time.")
        List<WaitingStageView> waitingFor,
        @Schema(description = "Who created the draft.", example = "olena") String createdBy,
        @Schema(example = "2026-11-26T09:12:31Z") Instant createdAt,
        @Schema(description = "Who changed it last (a username or approval-service).", example = "olena")
        String updatedBy,
        @Schema(example = "2026-11-26T10:00:04Z") Instant updatedAt,
        @Schema(description = "Who submitted it last; absent for a draft.", example = "olena") String submittedBy,
        @Schema(description = "When it was submitted last; absent for a draft.", example = "2026-11-26T10:00:04Z")
        Instant submittedAt,
        @Schema(description = "The version; the ETag carries it, If-Match sends it back.", example = "2")
        long version,
        @Schema(description = "Present (true) when the request may be changed but the catalogue could not be reached "
                + "to show its lines' items; the lines are shown without `catalogue`.", example = "true")
        Boolean catalogueUnavailable) {

    /**
     * @param current the catalogue's current entries for an editable request's items, or null when the catalogue was
     *                not asked (a submitted or closed request) or could not answer ({@code unavailable})
     */
    static RequestView of(Request r, Map<UUID, CatalogueEntry> current, boolean unavailable) {
        Map<UUID, CatalogueEntry> shown = current == null ? Map.of() : current;
        return new RequestView(r.id(), r.reference(), r.organisation(), r.status(), r.round(), r.title(),
                r.justification(), r.intendedEndUse(), r.priority(), r.neededBy(), DestinationDto.of(r.destination()),
                r.financingMethod(), EndUserCertificateDto.of(r.endUserCertificate()),
                r.lines().stream().map(line -> LineItemView.of(line, shown)).toList(), r.total(), r.currency(), r.conditions(),
                r.statusReason(), r.waitingStages().isEmpty() ? null
                        : r.waitingStages().stream().map(WaitingStageView::of).toList(), r.createdBy(), r.createdAt(), r.updatedBy(), r.updatedAt(), r.submittedBy(),
                r.submittedAt(), r.version(), unavailable ? Boolean.TRUE : null);
    }
}
