package org.procurement.approval.policy;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The value {@code totalAtLeast} compares, so that a purchase split into several requests routes like one request:
 * this request's total plus, for every other live request of the same organisation within the window, the value of
 * its lines for catalogue items this request also contains. Items are matched by catalogue id only.
 */
public record Aggregation(BigDecimal total, String organisation,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) Duration window,
                          List<CountedRequest> counted) {

    public Aggregation {
        counted = counted == null ? List.of() : List.copyOf(counted);
    }

    /** A request counted on its own: nothing else was found (or nothing could be looked at). */
    public static Aggregation alone(BigDecimal total) {
        return new Aggregation(total, null, null, List.of());
    }

    /**
     * Adds to {@code ownTotal} the lines of other requests whose item this request also contains; lines of other
     * items, and lines without an item id or a value, count nothing.
     */
    public static Aggregation of(BigDecimal ownTotal, Set<UUID> ownItems, String organisation,
                                 Duration window, List<PriorLine> priorLines) {
        Map<UUID, CountedRequest> byRequest = new LinkedHashMap<>();
        for (PriorLine line : priorLines) {
            if (line.itemId() == null || line.value() == null || !ownItems.contains(line.itemId())) {
                continue;
            }
            byRequest.merge(line.requestId(), new CountedRequest(line.requestId(), line.reference(), line.value()),
                    (a, b) -> new CountedRequest(a.requestId(), a.reference(), a.value().add(b.value())));
        }
        BigDecimal total = byRequest.values().stream().map(CountedRequest::value).reduce(ownTotal, BigDecimal::add);
        return new Aggregation(total, organisation, window, List.copyOf(byRequest.values()));
    }

    /** The value in words, as a routing reason quotes it. */
    public String describe(String currency) {
        String value = total.toPlainString() + " " + currency;
        if (counted.isEmpty()) {
            return "the total " + value;
        }
        return "the aggregated total " + value + " (this request and " + counted.size()
                + (counted.size() == 1 ? " other" : " others") + " of " + organisation + " for the same items in "
                + describe(window) + ")";
    }

    private static String describe(Duration window) {
        if (window == null) {
            return "the aggregation window";
        }
        long days = window.toDays();
        return window.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days") : window.toString();
    }
}
