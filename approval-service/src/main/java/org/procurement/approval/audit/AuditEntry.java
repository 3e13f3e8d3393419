package org.procurement.approval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.support.security.TokenEvidence;

import java.time.Instant;
import java.util.UUID;

/** One link of the audit chain. Immutable here, and the database refuses UPDATE and DELETE on it as well. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private CaseEventType type;
    @Column(name = "case_id")
    private UUID caseId;
    private String reference;
    @Column(name = "stage_key")
    private String stageKey;
    private String actor;
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    private String role;
    private String outcome;
    private String comment;
    @Column(name = "policy_version")
    private Integer policyVersion;
    @Column(name = "previous_hash")
    private String previousHash;
    private String hash;
    @Column(name = "token_id")
    private String tokenId;
    @Column(name = "token_sha256")
    private String tokenSha256;
    @Column(name = "auth_time")
    private Instant authTime;
    @Column(name = "key_id")
    private String keyId;

    protected AuditEntry() {
    }

    /** @param key the chain key that hashes this entry; null only for entries shaped like those before keys existed */
    AuditEntry(long seq, Instant occurredAt, AuditEvent event, TokenEvidence token, String previousHash, ChainKey key) {
        this(seq, UUID.randomUUID(), occurredAt, event, token, previousHash, key);
    }

    /** A pending entry as the chain will hold it: its own id, numbered and linked (AuditLinker). */
    AuditEntry(long seq, UUID id, Instant occurredAt, AuditEvent event, TokenEvidence token, String previousHash,
               ChainKey key) {
        this.seq = seq;
        this.id = id;
        this.occurredAt = occurredAt;
        this.type = event.type();
        this.caseId = event.caseId();
        this.reference = event.reference();
        this.stageKey = event.stageKey();
        this.actor = event.actor();
        this.onBehalfOf = event.onBehalfOf();
        this.role = event.role();
        this.outcome = event.outcome();
        this.comment = event.comment();
        this.policyVersion = event.policyVersion();
        if (token != null) {
            this.tokenId = token.tokenId();
            this.tokenSha256 = token.tokenSha256();
            this.authTime = token.authTime();
        }
        this.previousHash = previousHash;
        this.keyId = key == null ? null : key.id();
        this.hash = AuditHash.of(this, key);
    }

    public long seq() {
        return seq;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public CaseEventType type() {
        return type;
    }

    public UUID caseId() {
        return caseId;
    }

    public String reference() {
        return reference;
    }

    public String stageKey() {
        return stageKey;
    }

    public String actor() {
        return actor;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public String role() {
        return role;
    }

    public String outcome() {
        return outcome;
    }

    public String comment() {
        return comment;
    }

    public Integer policyVersion() {
        return policyVersion;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    /** The access token's id ({@code jti}) the entry was written under; null for system events and older entries. */
    public String tokenId() {
        return tokenId;
    }

    /** SHA-256 (hex) of the raw access token, so a token kept elsewhere can be matched without storing it here. */
    public String tokenSha256() {
        return tokenSha256;
    }

    /** When the user behind the token signed in. */
    public Instant authTime() {
        return authTime;
    }

    /** The id of the HMAC key that hashed this entry; null for entries with a plain SHA-256 link. */
    public String keyId() {
        return keyId;
    }
}
