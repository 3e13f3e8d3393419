package org.procurement.approval.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.CaseFacts;
import org.procurement.approval.policy.ItemLine;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A submitted request round, as request-service sends it (docs/contracts.md, "Open a case"). */
@Schema(description = "A submitted request round as request-service sends it, with the catalogue facts routing "
        + "needs (docs/contracts.md, \"Open a case\").")
public record OpenCaseRequest(
        @Schema(description = "Id of request-service's outbox event, for tracing.",
                example = "5d1c9e20-7b3a-4c8e-a1f6-2e4d8b0c9f13")
        UUID eventId,
        @Schema(description = "The request's id in request-service.", example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44")
        @NotNull UUID requestId,
        @Schema(description = "Submission round: 1, then one more each time a returned request is resubmitted. "
                + "(`requestId`, `round`) identifies the case.", example = "1")
        @NotNull @Min(1) Integer round,
        @Schema(description = "The request's reference, as people quote it.", example = "REQ-2026-000123")
        @NotBlank @Size(max = 40) String reference,
        @Schema(description = "The requesting organisation (token claim `org` of the submitter); nobody from it "
                + "decides the case.", example = "UA-MOD")
        @NotBlank @Size(max = 40) String organisation,
        @Schema(description = "Username of the submitter, who never decides the case.", example = "olena")
        @NotBlank @Size(max = 100) String submittedBy,
        @Schema(description = "When the request was submitted.", example = "2026-11-26T10:00:00Z")
        Instant submittedAt,
        @Schema(description = "The request's title.", example = "Artillery and air defence for the eastern front")
        @Size(max = 300) String title,
        @Schema(description = "How urgently the answer is needed; sets each stage's due time.", example = "URGENT")
        @NotNull Priority priority,
        @Schema(description = "ISO 3166 alpha-2 code of the destination country, compared with the conflict zones.",
                example = "UA")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
        @Schema(description = "Where in the country the delivery goes.", example = "Kyiv")
        String destinationLocation,
        @Schema(description = "When the equipment is needed.", example = "2027-03-01")
        LocalDate neededBy,
        @Schema(description = "How the supply is paid for, as request-service names it.", example = "GRANT")
        String financingMethod,
        @Schema(description = "The end-user certificate export control checks.")
        @Valid EndUserCertificate endUserCertificate,
        @Schema(description = "The requested lines with their catalogue facts, 1 to 100.")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid RequestLine> lines,
        @Schema(description = "Total value; must equal the sum of the line totals. At most 17 integer and 2 "
                + "fraction digits (the case's column).", example = "43800000.00")
        @NotNull @PositiveOrZero
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 integer and 2 fraction digits")
        BigDecimal total,
        @Schema(description = "ISO 4217 code of the amounts (the catalogue's currency).", example = "USD")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Schema(description = "The round's documents (end-user certificate, annexes), named by SHA-256; the opening's "
                + "audit entry lists them, so every decision on the case is tied to the papers it saw.")
        @Size(max = 100) List<@NotNull @Valid SubmittedDocument> documents) {

    /** Routing trusts the total, so it must be the sum of the line totals it claims to sum. */
    void requireConsistentTotal() {
        if (lines.stream().map(RequestLine::lineTotal).allMatch(Objects::nonNull)) {
            BigDecimal sum = lines.stream().map(RequestLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total) != 0) {
                throw ProblemException.invalid("total", "must equal the sum of the line totals (" + sum.toPlainString() + ")");
            }
        }
    }

    RequestFacts routingFacts() {
        return new RequestFacts(priority, destinationCountry, total, currency,
                lines.stream().map(l -> new LineFacts(l.sku(), l.lethal(), l.majorDefenseEquipment())).toList());
    }

    /** The lines by catalogue item and value, for the organisation's aggregated totals. */
    List<ItemLine> itemLines() {
        return lines.stream().map(l -> new ItemLine(l.itemId(), l.value())).toList();
    }

    CaseFacts caseFacts(String document) {
        return new CaseFacts(requestId, round, reference, title, organisation, submittedBy, priority, destinationCountry,
                total, currency, document, null,
                documents == null ? List.of() : documents.stream().map(SubmittedDocument::describe).toList());
    }
}
