package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of a request that conditions are evaluated over. {@code aggregation} is the value {@code totalAtLeast}
 * compares (the total with the organisation's related requests); without one, the total alone.
 */
public record RequestFacts(Priority priority, String destinationCountry, BigDecimal total, String currency,
                           List<LineFacts> lines, Aggregation aggregation) {

    public RequestFacts {
        lines = List.copyOf(lines);
        if (aggregation == null) {
            aggregation = Aggregation.alone(total);
        }
    }

    public RequestFacts(Priority priority, String destinationCountry, BigDecimal total, String currency,
                        List<LineFacts> lines) {
        this(priority, destinationCountry, total, currency, lines, null);
    }

    public RequestFacts withAggregation(Aggregation counted) {
        return new RequestFacts(priority, destinationCountry, total, currency, lines, counted);
    }
}
