package org.procurement.approval.domain;

import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.util.UUID;

/** The request facts a case is opened with; {@code document} is the request as received (JSON). */
public record CaseFacts(UUID requestId, int round, String reference, String title, String organisation,
                        String submittedBy, Priority priority, String destinationCountry, BigDecimal total,
                        String currency, String document) {
}
