package org.procurement.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.UUID;

/** Event ids already received, so that a redelivered event is acknowledged but never applied twice. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time an event id is seen; a concurrent duplicate waits for the first and then gets false. */
    public boolean firstDelivery(UUID eventId, UUID requestId, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO processed_event (event_id, request_id, received_at)
                        VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING""")
                .setParameter(1, eventId).setParameter(2, requestId).setParameter(3, now)
                .executeUpdate() == 1;
    }
}
