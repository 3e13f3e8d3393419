package org.procurement.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void delayDoublesWithEachFailureWithinTwentyPercentJitter() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long expected = 1000L << (attempt - 1);
            long delay = backoff.after(attempt).toMillis();
            assertTrue(delay <= expected && delay >= expected * 0.8, attempt + ": " + delay);
        }
    }

    @Test
    void delayIsCappedEvenAfterManyFailures() {
        long delay = backoff.after(500).toMillis();
        assertTrue(delay <= 60_000 && delay >= 48_000, String.valueOf(delay));
    }
}
