package org.procurement.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the fuzzer sends, with what it expects beyond the general properties: a particular status, a field
 * the problem document must name, or a string that must come back verbatim when the service accepts it.
 */
record FuzzInput(Kind kind, String detail, String method, String path, String query, Map<String, String> headers,
                 String contentType, byte[] body, String field, Integer expectedStatus, boolean fieldMustBeNamed,
                 String verbatim, boolean chunked) {

    enum Kind {
        VALID, INJECTION, UNICODE, TOO_LONG, WRONG_TYPE, MISSING_FIELD, NULL_FIELD, EXTRA_FIELD, NUMBER, DATE, UUID,
        ENUM, EMPTY_ARRAY, LONG_ARRAY, DEEP_FIELD, DEEP_BODY, MALFORMED_BODY, OVERSIZED_BODY, CONTENT_TYPE,
        PATH_PARAMETER, QUERY_PARAMETER, UNKNOWN_QUERY_PARAMETER, HEADER
    }

    /** How to reproduce it, briefly. */
    String describe() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "…(" + body.length + " bytes)";
        }
        return kind + (field == null ? "" : " " + field) + " (" + detail + "): " + method + " " + path
                + (query.isEmpty() ? "" : "?" + query) + (headers.isEmpty() ? "" : " headers " + headers.keySet())
                + (contentType == null ? "" : " [" + contentType + "]") + (shown.isEmpty() ? "" : " " + shown);
    }
}
