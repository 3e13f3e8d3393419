package org.procurement.support.logging;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Text from users (a reason, a comment, a title, a path) reaches log messages; in the plain-text log a line break in
 * it would start a line that looks like the service's own, with a forged time, level or field. Every message is
 * formatted here and its control characters (CR, LF, NEL, the Unicode line and paragraph separators, and the rest
 * of C0/C1 but tab) written as visible escapes, so one event is always one line. JSON logs escape them anyway.
 * Attached to the console and file handlers by {@code quarkus.log.*.filter=log-injection}.
 */
@LoggingFilter(name = "log-injection")
public final class LogInjectionFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            if (formatted != null) {
                String safe = neutralise(formatted);
                if (!safe.equals(formatted)) {
                    ext.setMessage(safe, ExtLogRecord.FormatStyle.NO_FORMAT);
                    ext.setParameters(null);
                }
            }
        }
        return true;
    }

    /** The text with every line-breaking or control character written as an escape ({@code \n}, {@code \u2028}). */
    public static String neutralise(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape == null ? String.valueOf(c) : escape);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return null;
            default:
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }
}
