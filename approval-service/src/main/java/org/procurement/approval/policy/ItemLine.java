package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.UUID;

/** A requested line as aggregation sees it: the catalogue item (null when not given) and the line's value. */
public record ItemLine(UUID itemId, BigDecimal value) {
}
