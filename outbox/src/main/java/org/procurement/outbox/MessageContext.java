package org.procurement.outbox;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an outbox message carries of the work that wrote it, so that its delivery can be followed in the logs and
 * traces of the receiver: the correlation id (MDC {@value #MDC_KEY}, header {@value #HEADER}; the same names as
 * service-support's CorrelationId) and the W3C {@code traceparent} of the span that was current, read from the
 * trace ids Quarkus OpenTelemetry keeps in the MDC (absent when tracing is off).
 */
record MessageContext(String correlationId, String traceparent) {

    static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    static final String TRACEPARENT = "traceparent";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SPAN_ID = Pattern.compile("[0-9a-f]{16}");

    /**
     * The context of the current thread. Work without a correlation id (a timer, a test) gets a fresh one, so that
     * the receiver's lines for this message can still be found together.
     */
    static MessageContext current() {
        Object id = MDC.get(MDC_KEY);
        String correlationId = id != null && SAFE_ID.matcher(id.toString()).matches()
                ? id.toString() : UUID.randomUUID().toString();
        return new MessageContext(correlationId, traceparent(MDC.get("traceId"), MDC.get("spanId"), MDC.get("sampled")));
    }

    static String traceparent(Object traceId, Object spanId, Object sampled) {
        if (traceId == null || spanId == null || !TRACE_ID.matcher(traceId.toString()).matches()
                || !SPAN_ID.matcher(spanId.toString()).matches() || traceId.toString().matches("0+")) {
            return null;
        }
        return "00-" + traceId + "-" + spanId + ("true".equals(String.valueOf(sampled)) ? "-01" : "-00");
    }
}
