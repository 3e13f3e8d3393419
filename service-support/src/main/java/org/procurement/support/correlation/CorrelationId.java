package org.procurement.support.correlation;

import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together every log line one user action causes, in every service it reaches: taken from the
 * caller's {@value #HEADER} header when it is well-formed, otherwise freshly made, and kept in the logging MDC
 * under {@value #MDC_KEY} while the request runs. The outbox module stores it with each message and restores it
 * on delivery (it uses the same two names).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final int MAX_LENGTH = 64;

    // Letters, digits and . _ : - only: the id lands in log lines, headers and JSON, where nothing else is safe
    // without escaping (no spaces, quotes, CR/LF for forged log lines).
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private CorrelationId() {
    }

    /** The caller's id if it is well-formed, otherwise a new one: never trust an id we could not log safely. */
    public static String acceptOrCreate(String incoming) {
        return isValid(incoming) ? incoming : create();
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }

    /** The id of the work this thread is doing, if any. */
    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }
}
