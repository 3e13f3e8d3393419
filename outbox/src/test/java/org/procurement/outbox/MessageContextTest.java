package org.procurement.outbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void sampledAndUnsampledSpansBecomeW3cTraceparents() {
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", MessageContext.traceparent(TRACE, SPAN, "true"));
        assertEquals("00-" + TRACE + "-" + SPAN + "-00", MessageContext.traceparent(TRACE, SPAN, "false"));
    }

    @Test
    void missingOrMalformedIdsGiveNoTraceparent() {
        assertNull(MessageContext.traceparent(null, SPAN, "true"));
        assertNull(MessageContext.traceparent(TRACE, null, "true"));
        assertNull(MessageContext.traceparent("00000000000000000000000000000000", SPAN, "true"));
        assertNull(MessageContext.traceparent(TRACE.toUpperCase(), SPAN, "true"));
        assertNull(MessageContext.traceparent(TRACE, SPAN + "0", "true"));
    }
}
