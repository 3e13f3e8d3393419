package org.procurement.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now" in every service, a bean so that tests replace it with a clock they advance (deadlines,
 * expiry and needed-by rules are tested without sleeping).
 */
public class ClockProducer {

    /** Ticks in microseconds: PostgreSQL keeps no more, and a time read back must equal the one written and hashed. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
