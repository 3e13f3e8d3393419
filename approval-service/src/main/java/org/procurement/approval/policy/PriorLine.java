package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of another live request of the same organisation, a candidate for an aggregated total. */
public record PriorLine(UUID requestId, String reference, UUID itemId, BigDecimal value) {
}
