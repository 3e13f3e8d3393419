package org.procurement.approval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.procurement.support.audit.SignedCheckpoint;

import java.time.Instant;

/** A signed checkpoint of the chain's head, as kept here (append-only, one per head position). */
@Entity
@Immutable
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    private long seq;
    @Column(name = "head_hash")
    private String headHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "key_id")
    private String keyId;
    private String signature;

    protected AuditCheckpoint() {
    }

    AuditCheckpoint(SignedCheckpoint signed) {
        this.seq = signed.seq();
        this.headHash = signed.hash();
        this.createdAt = signed.createdAt();
        this.keyId = signed.keyId();
        this.signature = signed.signature();
    }

    public SignedCheckpoint signed() {
        return new SignedCheckpoint(seq, headHash, createdAt, keyId, signature);
    }

    public long seq() {
        return seq;
    }
}
