package org.procurement.approval.domain;

import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The request facts a case is opened with; {@code document} is the request as received (JSON), {@code aggregation}
 * the aggregated value routing compared (JSON, null when not looked at).
 */
public record CaseFacts(UUID requestId, int round, String reference, String title, String organisation,
                        String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                        String currency, String document, String aggregation) {

    public CaseFacts(UUID requestId, int round, String reference, String title, String organisation,
                     String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                     String currency, String document) {
        this(requestId, round, reference, title, organisation, submittedBy, priority, destinationCountry, total,
                currency, document, null);
    }

    public CaseFacts withAggregation(String counted) {
        return new CaseFacts(requestId, round, reference, title, organisation, submittedBy, priority,
                destinationCountry, total, currency, document, counted);
    }
}
