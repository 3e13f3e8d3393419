package org.procurement.approval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.support.security.TokenEvidence;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened, recorded by the writer's own transaction, until the appender links it into the chain
 * ({@link AuditLinker}): the entry's content without its number and hashes. Leaves only by becoming an entry.
 */
@Entity
@Immutable
@Table(name = "audit_pending")
public class AuditPending {

    /** The order of writing, which is the order of linking. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "entry_id")
    private UUID entryId;
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
    @Column(name = "token_id")
    private String tokenId;
    @Column(name = "token_sha256")
    private String tokenSha256;
    @Column(name = "auth_time")
    private Instant authTime;

    protected AuditPending() {
    }

    AuditPending(Instant occurredAt, AuditEvent event, TokenEvidence token) {
        this.entryId = UUID.randomUUID();
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
    }

    long id() {
        return id;
    }

    UUID entryId() {
        return entryId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    AuditEvent event() {
        return new AuditEvent(type, caseId, reference, stageKey, actor, role, outcome, comment, policyVersion, onBehalfOf);
    }

    /** The token evidence as written, or null when the event had none. */
    TokenEvidence token() {
        return tokenId == null && tokenSha256 == null && authTime == null
                ? null : new TokenEvidence(tokenId, tokenSha256, authTime);
    }
}
