package org.procurement.approval.domain;

import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The request facts a case is opened with; {@code document} is the request as received (JSON), {@code aggregation}
 * the aggregated value routing compared (JSON, null when not looked at), {@code documents} how the round's documents
 * are named in the audit trail (name, kind, SHA-256).
 */
public record CaseFacts(UUID requestId, int round, String reference, String title, String organisation,
                        String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                        String currency, String document, String aggregation, List<String> documents) {

    public CaseFacts {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public CaseFacts(UUID requestId, int round, String reference, String title, String organisation,
                     String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                     String currency, String document) {
        this(requestId, round, reference, title, organisation, submittedBy, priority, destinationCountry, total,
                currency, document, null, List.of());
    }

    public CaseFacts withAggregation(String counted) {
        return new CaseFacts(requestId, round, reference, title, organisation, submittedBy, priority,
                destinationCountry, total, currency, document, counted, documents);
    }
}
