package org.procurement.approval.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.procurement.approval.domain.CaseFacts;
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
public record OpenCaseRequest(
        UUID eventId,
        @NotNull UUID requestId,
        @NotNull @Min(1) Integer round,
        @NotBlank @Size(max = 40) String reference,
        @NotBlank @Size(max = 40) String organisation,
        @NotBlank @Size(max = 100) String submittedBy,
        Instant submittedAt,
        @Size(max = 300) String title,
        @NotNull Priority priority,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
        String destinationLocation,
        LocalDate neededBy,
        String financingMethod,
        @Valid EndUserCertificate endUserCertificate,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid RequestLine> lines,
        @NotNull @PositiveOrZero BigDecimal total,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {

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

    CaseFacts caseFacts(String document) {
        return new CaseFacts(requestId, round, reference, title, organisation, submittedBy, priority, destinationCountry,
                total, currency, document);
    }
}
