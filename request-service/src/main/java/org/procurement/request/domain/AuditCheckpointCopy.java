package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.procurement.support.audit.SignedCheckpoint;

import java.time.Instant;

/**
 * A copy of one of approval-service's signed audit checkpoints, kept here so that a rewritten or shortened audit chain
 * over there shows against it. Never changed once written (it is written by an insert-if-absent, see
 * CheckpointCopyService).
 */
@Entity
@Immutable
@Table(name = "audit_checkpoint_copy")
public class AuditCheckpointCopy {

    @Id
    private long seq;
    @Column(name = "head_hash")
    private String headHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "key_id")
    private String keyId;
    private String signature;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_from")
    private String receivedFrom;

    protected AuditCheckpointCopy() {
    }

    public SignedCheckpoint checkpoint() {
        return new SignedCheckpoint(seq, headHash, createdAt, keyId, signature);
    }

    /** Whether {@code other} is this very checkpoint (a redelivery) rather than another one for the same position. */
    public boolean sameAs(SignedCheckpoint other) {
        return checkpoint().equals(other);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
