package org.procurement.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A published version of the policy, stored as its JSON document. Never changed once published. */
@Entity
@Immutable
@Table(name = "policy")
public class PolicyVersion {

    @Id
    private int version;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private String definition;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposal_id")
    private UUID proposalId;

    protected PolicyVersion() {
    }

    /** The next version, published from an approved proposal: the approver publishes, the proposer is kept. */
    public static PolicyVersion publish(int version, PolicyProposal proposal, String approvedBy, Instant now) {
        PolicyVersion published = new PolicyVersion();
        published.version = version;
        published.name = proposal.name();
        published.definition = proposal.definition();
        published.publishedBy = approvedBy;
        published.publishedAt = now;
        published.proposedBy = proposal.proposedBy();
        published.proposalId = proposal.id();
        return published;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Who proposed this version; null for version 1, which came with the service. */
    public String proposedBy() {
        return proposedBy;
    }

    public UUID proposalId() {
        return proposalId;
    }
}
