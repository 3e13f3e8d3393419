package org.procurement.stack;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class OneTimeCodesTest {

    /** RFC 6238 appendix B, SHA-1 (the 8-digit values' last six digits). */
    private static final String RFC_SECRET = "12345678901234567890";

    @Test
    void matchesTheRfc6238TestVectors() {
        assertEquals("287082", OneTimeCodes.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", OneTimeCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", OneTimeCodes.code(RFC_SECRET, Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", OneTimeCodes.code(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", OneTimeCodes.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void aCodeHoldsForItsThirtySecondStep() {
        Instant start = Instant.ofEpochSecond(1_800_000_010L - 1_800_000_010L % 30);
        assertEquals(OneTimeCodes.code(RFC_SECRET, start), OneTimeCodes.code(RFC_SECRET, start.plusSeconds(29)));
        assertNotEquals(OneTimeCodes.code(RFC_SECRET, start), OneTimeCodes.code(RFC_SECRET, start.plusSeconds(30)));
    }

    @Test
    void base32IsWhatAuthenticatorAppsTake() {
        // RFC 4648 test vectors, without padding.
        assertEquals("MZXW6YTBOI", OneTimeCodes.base32("foobar"));
        assertEquals("MY", OneTimeCodes.base32("f"));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", OneTimeCodes.base32(RFC_SECRET));
    }

    @Test
    void onlyUsersWhoseRolesRequireItHaveASecret() {
        assertEquals("daeho-demo-totp-key", DemoUser.named("daeho").oneTimeCodeSecret().orElseThrow());
        assertEquals(java.util.Optional.empty(), DemoUser.named("olena").oneTimeCodeSecret());
        assertEquals(6, DemoUser.ALL.stream().filter(user -> user.oneTimeCodeSecret().isPresent()).count());
    }
}
