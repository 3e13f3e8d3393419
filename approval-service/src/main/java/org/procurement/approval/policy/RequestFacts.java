package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.List;

/** The facts of a request that conditions are evaluated over. */
public record RequestFacts(Priority priority, String destinationCountry, BigDecimal total, String currency,
                           List<LineFacts> lines) {

    public RequestFacts {
        lines = List.copyOf(lines);
    }
}
