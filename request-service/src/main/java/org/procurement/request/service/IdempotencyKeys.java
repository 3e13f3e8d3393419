package org.procurement.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of request creation, per user. Claiming inserts the key with ON CONFLICT DO NOTHING: a concurrent
 * claim of the same key waits for the first transaction and then sees its outcome, so a retry racing the original
 * never creates a second request.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims the key for this body, or returns how it was used before. */
    public Optional<PriorUse> claim(String username, String key, String fingerprint, Instant now) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (username, idempotency_key, body_hash, created_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, username).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT body_hash, request_id FROM idempotency_key WHERE username = ?1 AND idempotency_key = ?2""")
                .setParameter(1, username).setParameter(2, key).getSingleResult();
        return Optional.of(new PriorUse((String) row[0], (UUID) row[1]));
    }

    /** Records which request a claimed key created. */
    public void bind(String username, String key, UUID requestId) {
        entityManager.flush();
        entityManager.createNativeQuery(
                        "UPDATE idempotency_key SET request_id = ?3 WHERE username = ?1 AND idempotency_key = ?2")
                .setParameter(1, username).setParameter(2, key).setParameter(3, requestId).executeUpdate();
    }

    /** An earlier use of a key: the body's fingerprint then and the request it created. */
    public record PriorUse(String fingerprint, UUID requestId) {
    }
}
