package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.List;

/** Request facts for unit tests. */
final class Facts {

    static final RoutingContext UA_AT_WAR = RoutingContext.of(List.of("UA"));

    private Facts() {
    }

    static RequestFacts of(Priority priority, String destination, String total, LineFacts... lines) {
        return new RequestFacts(priority, destination, new BigDecimal(total), "USD", List.of(lines));
    }

    static LineFacts lethal() {
        return new LineFacts("KR-ART-K9A1", true, true);
    }

    static LineFacts tents() {
        return new LineFacts("KR-SUP-TENT", false, false);
    }
}
