package org.procurement.support.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the plain-text log makes of user text that tries to start a line of its own. */
class LogInjectionFilterTest {

    private static final PatternFormatter PLAIN = new PatternFormatter("%d{HH:mm:ss} %-5p [%c{3.}] %s%n");

    private static String logged(String format, Object... parameters) {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, format, ExtLogRecord.FormatStyle.PRINTF,
                LogInjectionFilterTest.class.getName());
        record.setLoggerName("org.procurement.requests");
        record.setParameters(parameters);
        assertTrue(new LogInjectionFilter().isLoggable(record));
        return PLAIN.format(record);
    }

    @Test
    void aForgedLineInUserTextStaysOnTheEventsLine() {
        String reason = "no longer needed\n12:00:00 INFO  [org.pro.audit] decision APPROVE by daeho";
        String line = logged("POST %s -> %d reason=%s", "/requests/1/withdraw", 200, reason);
        assertEquals(1, line.split("\n", -1).length - 1, "one event, one line: " + line);
        assertTrue(line.contains("no longer needed\\n12:00:00 INFO  [org.pro.audit] decision APPROVE by daeho"), line);
    }

    @Test
    void everyLineBreakingCharacterIsEscaped() {
        for (String breaker : new String[] {"\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\u000c",
                "\u001b[31m"}) {
            String line = logged("title=%s", "A" + breaker + "B");
            assertEquals(1, line.split("[\r\n\u0085\u2028\u2029\u000b\u000c]", -1).length - 1, line);
            assertTrue(line.contains("A\\") && line.contains("B"), line);
        }
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("K9A1 howitzers\tx6 – для України", LogInjectionFilter.neutralise("K9A1 howitzers\tx6 – для України"));
        assertEquals("a\\nb\\rc\\u2028d", LogInjectionFilter.neutralise("a\nb\rc\u2028d"));
        String line = logged("created %s", "REQ-2026-000001");
        assertTrue(line.endsWith("created REQ-2026-000001\n"), line);
    }
}
