package org.procurement.request.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.procurement.request.domain.AuditCheckpointCopies;
import org.procurement.request.domain.AuditCheckpointCopy;
import org.procurement.support.audit.Ed25519Keys;
import org.procurement.support.audit.SignedCheckpoint;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Keeps approval-service's signed audit checkpoints: only ones that verify with approval-service's public key, each
 * position once. Delivery is at least once, so a repeat of a checkpoint already kept is acknowledged and changes
 * nothing; another checkpoint for a position already signed is refused, since approval-service never signs one twice.
 */
@Startup
@ApplicationScoped
public class CheckpointCopyService {

    private final PublicKey verifyKey;
    private final AuditCheckpointCopies copies;
    private final EntityManager entityManager;
    private final Clock clock;

    public CheckpointCopyService(@ConfigProperty(name = "request.audit.verify-key") String verifyKey,
            AuditCheckpointCopies copies, EntityManager entityManager, Clock clock) {
        // Read at start: a malformed key stops the service here, naming the property.
        this.verifyKey = Ed25519Keys.publicKey(verifyKey, "request.audit.verify-key");
        this.copies = copies;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** True when the copy was stored now, false when this very checkpoint had been received before. */
    @Transactional
    public boolean receive(SignedCheckpoint checkpoint, String from) {
        if (!checkpoint.verifiesWith(verifyKey)) {
            throw new ProblemException(422, "invalid-signature", "Checkpoint signature does not verify",
                    "The checkpoint's signature does not verify with approval-service's public key "
                            + "(request.audit.verify-key, key " + Ed25519Keys.keyId(verifyKey) + "); nothing was kept.",
                    List.of(new Problem.Violation("signature", "does not verify with approval-service's key")));
        }
        // Insert-if-absent, so that two deliveries at once cannot both store (the second waits, then sees the first).
        int stored = entityManager.createNativeQuery("""
                        INSERT INTO audit_checkpoint_copy (seq, head_hash, created_at, key_id, signature, received_at,
                                                           received_from)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (seq) DO NOTHING""")
                .setParameter(1, checkpoint.seq()).setParameter(2, checkpoint.hash())
                .setParameter(3, checkpoint.createdAt()).setParameter(4, checkpoint.keyId())
                .setParameter(5, checkpoint.signature()).setParameter(6, clock.instant()).setParameter(7, from)
                .executeUpdate();
        if (stored == 1) {
            return true;
        }
        AuditCheckpointCopy kept = copies.findById(checkpoint.seq());
        if (!kept.sameAs(checkpoint)) {
            throw ProblemException.conflict("checkpoint-conflict", "Another checkpoint for this position",
                    "A different checkpoint for seq " + checkpoint.seq() + " is already kept (signed at "
                            + kept.checkpoint().createdAt() + "); copies are never replaced.");
        }
        return false;
    }

    /** The kept copy for a position (after {@link #receive}, there is one). */
    public AuditCheckpointCopy copy(long seq) {
        return copies.findById(seq);
    }

    public Optional<AuditCheckpointCopy> latest() {
        return copies.latest();
    }
}
