package org.procurement.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers outbox messages: right after the transaction that wrote them commits, and on a timer for retries
 * and for messages another replica left behind. Safe with any number of replicas (see {@link OutboxStore}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final Delivery delivery;
    private final OutboxConfig config;
    private final ManagedExecutor executor;
    private final Backoff backoff;
    private final Instance<OutboxOutcomes> outcomes;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(OutboxStore store, Delivery delivery, OutboxConfig config, ManagedExecutor executor,
                       Instance<OutboxOutcomes> outcomes) {
        this.store = store;
        this.outcomes = outcomes;
        this.delivery = delivery;
        this.config = config;
        this.executor = executor;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    }

    @Scheduled(every = "${outbox.poll-interval:2s}", delayed = "${outbox.poll-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Asks for a pass soon, without waiting for it; passes requested while one runs are coalesced. */
    public void kick() {
        executor.execute(this::drain);
    }

    /** Delivers until nothing is due. Returns how many messages were delivered. */
    public int drain() {
        again.set(true);
        if (!draining.compareAndSet(false, true)) {
            return 0;
        }
        int delivered = 0;
        try {
            while (again.getAndSet(false)) {
                // Keep claiming while deliveries succeed: each success may make the next event of its
                // aggregate due. A batch of nothing but failures waits for the timer and the backoff.
                int progress;
                // Receivers that failed in this pass: their other messages are put back untried, so that a
                // receiver that hangs costs one timeout per pass, not one per message, and holds nobody else up.
                // They wait the failed message's backoff, which also keeps them out of the next batches, so many
                // of them cannot fill every batch ahead of other receivers' messages.
                Map<String, Duration> failing = new HashMap<>();
                do {
                    progress = 0;
                    for (OutboxMessage message : store.claim(config.batchSize(), config.lease())) {
                        Duration wait = failing.get(message.destination());
                        if (wait != null) {
                            store.putBack(message.id(), wait);
                            continue;
                        }
                        switch (deliver(message)) {
                            case DELIVERED -> progress++;
                            case RETRY -> failing.put(message.destination(), backoff.after(message.attempts()));
                            case REFUSED -> { }
                        }
                    }
                    delivered += progress;
                } while (progress > 0);
            }
        } catch (SQLException e) {
            LOG.warnf("Outbox relay pass failed; it will run again: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox relay pass failed unexpectedly; it will run again");
        } finally {
            draining.set(false);
        }
        return delivered;
    }

    /** Inside the service's transaction (the store's connection is enlisted in it). */
    private void markDelivered(OutboxMessage message) {
        try {
            store.markDelivered(message.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void markDead(OutboxMessage message, String detail) {
        try {
            store.markDead(message.id(), detail);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Delivery.Result deliver(OutboxMessage message) throws SQLException {
        // The relay's lines about a message carry the correlation id of the work that wrote it.
        Object previous = MDC.get(MessageContext.MDC_KEY);
        if (message.correlationId() != null) {
            MDC.put(MessageContext.MDC_KEY, message.correlationId());
        }
        try {
            return deliverInContext(message);
        } finally {
            if (previous == null) {
                MDC.remove(MessageContext.MDC_KEY);
            } else {
                MDC.put(MessageContext.MDC_KEY, previous);
            }
        }
    }

    private Delivery.Result deliverInContext(OutboxMessage message) throws SQLException {
        Delivery.Outcome outcome = delivery.deliver(message);
        switch (outcome.result()) {
            case DELIVERED -> {
                if (outcomes.isResolvable()) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        markDelivered(message);
                        outcomes.get().delivered(message);
                    });
                } else {
                    store.markDelivered(message.id());
                }
                LOG.debugf("Delivered %s to %s %s %s, %d ms after it was written (attempt %d)", message.id(),
                        message.destination(), message.method(), message.path(),
                        java.time.Duration.between(message.createdAt(), java.time.Instant.now()).toMillis(),
                        message.attempts());
                return Delivery.Result.DELIVERED;
            }
            case RETRY -> {
                LOG.infof("Outbox message %s to %s %s not delivered (attempt %d), will retry: %s", message.id(),
                        message.destination(), message.path(), message.attempts(), outcome.detail());
                store.markFailed(message.id(), outcome.detail(), backoff.after(message.attempts()));
                return Delivery.Result.RETRY;
            }
            case REFUSED -> {
                LOG.errorf("Outbox message %s to %s %s refused by the receiver; kept as dead, not retried: %s",
                        message.id(), message.destination(), message.path(), outcome.detail());
                if (outcomes.isResolvable()) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        markDead(message, outcome.detail());
                        outcomes.get().refused(message, outcome.status(), outcome.body());
                    });
                } else {
                    store.markDead(message.id(), outcome.detail());
                }
            }
        }
        return Delivery.Result.REFUSED;
    }
}
