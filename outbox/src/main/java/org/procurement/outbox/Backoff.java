package org.procurement.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with a cap and jitter, so that a peer coming back is not hit by every retry at once. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Delay before attempt {@code attempts + 1}, after {@code attempts} failures (at least one). */
    public Duration after(int attempts) {
        long base = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, max.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - jitter);
    }
}
