package org.procurement.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;

/**
 * Outbox backlog and the age of its oldest message, read from the table at each scrape; in Prometheus
 * {@code procurement_outbox_pending_messages} and {@code procurement_outbox_oldest_pending_age_seconds}.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    public OutboxMetrics(MeterRegistry registry, OutboxStore store) {
        Gauge.builder("procurement.outbox.pending.messages", store, s -> backlog(s).pending())
                .description("Outbox messages not yet delivered").register(registry);
        Gauge.builder("procurement.outbox.oldest.pending.age", store, s -> backlog(s).oldestAgeSeconds())
                .baseUnit("seconds").description("Age of the oldest undelivered outbox message").register(registry);
    }

    private static OutboxStore.Backlog backlog(OutboxStore store) {
        try {
            return store.backlog();
        } catch (SQLException e) {
            return new OutboxStore.Backlog(-1, -1);
        }
    }
}
