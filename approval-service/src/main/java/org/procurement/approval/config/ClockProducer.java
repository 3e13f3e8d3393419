package org.procurement.approval.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The one source of time. Tests replace it with a clock they advance, so SLA tests never sleep. */
public class ClockProducer {

    /** Ticks in microseconds: PostgreSQL keeps no more, and audit hashes must survive the round trip. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
