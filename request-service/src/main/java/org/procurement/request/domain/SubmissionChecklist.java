package org.procurement.request.domain;

import org.procurement.support.domain.RuleViolation.Fault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a request needs before it may be submitted. Reports every gap at once, named by the API's field paths, so
 * that a requester fixes them in one pass rather than one per attempt.
 */
final class SubmissionChecklist {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SubmissionChecklist() {
    }

    static List<Fault> gaps(Request request, LocalDate today) {
        List<Fault> gaps = new ArrayList<>();
        requireText(gaps, "title", request.title());
        requireText(gaps, "justification", request.justification());
        requireText(gaps, "intendedEndUse", request.intendedEndUse());
        if (request.priority() == null) {
            gaps.add(missing("priority"));
        }
        if (request.neededBy() == null) {
            gaps.add(missing("neededBy"));
        } else if (!request.neededBy().isAfter(today)) {
            gaps.add(new Fault("neededBy", "must be a date in the future"));
        }
        if (request.financingMethod() == null) {
            gaps.add(missing("financingMethod"));
        }
        destinationGaps(gaps, request.destination());
        certificateGaps(gaps, request.endUserCertificate(), today);
        lineGaps(gaps, request.lines());
        return gaps;
    }

    private static void destinationGaps(List<Fault> gaps, DeliveryDestination destination) {
        String country = destination == null ? null : destination.country();
        if (country == null || country.isBlank()) {
            gaps.add(missing("destination.country"));
        } else if (!COUNTRIES.contains(country)) {
            gaps.add(new Fault("destination.country", "must be an ISO 3166 alpha-2 country code"));
        }
        requireText(gaps, "destination.location", destination == null ? null : destination.location());
    }

    private static void certificateGaps(List<Fault> gaps, EndUserCertificate certificate, LocalDate today) {
        boolean none = certificate == null;
        requireText(gaps, "endUserCertificate.number", none ? null : certificate.number());
        requireText(gaps, "endUserCertificate.issuingAuthority", none ? null : certificate.issuingAuthority());
        if (none || certificate.issueDate() == null) {
            gaps.add(missing("endUserCertificate.issueDate"));
        } else if (certificate.issueDate().isAfter(today)) {
            gaps.add(new Fault("endUserCertificate.issueDate", "must not be in the future"));
        }
        requireText(gaps, "endUserCertificate.signatory", none ? null : certificate.signatory());
        requireText(gaps, "endUserCertificate.endUser", none ? null : certificate.endUser());
        if (none || !Boolean.TRUE.equals(certificate.noReExportUndertaking())) {
            gaps.add(new Fault("endUserCertificate.noReExportUndertaking", "must be true"));
        }
    }

    private static void lineGaps(List<Fault> gaps, List<LineItem> lines) {
        if (lines.isEmpty()) {
            gaps.add(new Fault("lines", "must contain at least one line item"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Integer quantity = lines.get(i).quantity();
            if (quantity == null || quantity <= 0) {
                gaps.add(new Fault("lines[" + i + "].quantity", "must be greater than 0"));
            }
        }
    }

    private static void requireText(List<Fault> gaps, String field, String value) {
        if (value == null || value.isBlank()) {
            gaps.add(missing(field));
        }
    }

    private static Fault missing(String field) {
        return new Fault(field, "is required for submission");
    }
}
