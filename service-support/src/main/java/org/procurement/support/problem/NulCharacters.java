package org.procurement.support.problem;

/** U+0000 is valid JSON and URL text, but PostgreSQL stores it in no text or jsonb column: refuse it at the door. */
final class NulCharacters {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    private NulCharacters() {
    }

    static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
