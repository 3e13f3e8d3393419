package org.procurement.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A policy change waiting for a second authorizer. It knows the four-eyes rules: nobody approves their own proposal,
 * a decided proposal stays decided, and a proposal made against an older version never overwrites a newer one.
 */
@Entity
@Table(name = "policy_proposal")
public class PolicyProposal {

    @Id
    private UUID id;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private String definition;
    @Column(name = "based_on_version")
    private int basedOnVersion;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reason;
    @Column(name = "published_version")
    private Integer publishedVersion;

    protected PolicyProposal() {
    }

    public PolicyProposal(String name, String definition, int basedOnVersion, String proposedBy, Instant proposedAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.definition = definition;
        this.basedOnVersion = basedOnVersion;
        this.status = ProposalStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** Why this person may not approve the proposal now, given the version currently in force. */
    public Optional<Refusal> approvalRefusal(String approver, int currentVersion) {
        Optional<Refusal> undecided = decidedRefusal();
        if (undecided.isPresent()) {
            return undecided;
        }
        if (approver.equals(proposedBy)) {
            return Optional.of(Refusal.forbidden("separation-of-duties", "Separation of duties",
                    "You proposed this policy change; a different authorizer must approve it."));
        }
        if (currentVersion != basedOnVersion) {
            return Optional.of(Refusal.conflict("stale-proposal", "Stale proposal",
                    "This proposal was made against policy version " + basedOnVersion + ", but version " + currentVersion
                            + " has been published since; approving it would silently overwrite that version. "
                            + "Reject it and propose the change again against version " + currentVersion + "."));
        }
        return Optional.empty();
    }

    /** Why the proposal may not be rejected now: only an undecided proposal can be. */
    public Optional<Refusal> rejectionRefusal() {
        return decidedRefusal();
    }

    private Optional<Refusal> decidedRefusal() {
        if (status != ProposalStatus.PROPOSED) {
            return Optional.of(Refusal.conflict("proposal-decided", "Proposal already decided",
                    "This proposal was already " + status.name().toLowerCase() + " by " + decidedBy + " at " + decidedAt
                            + (publishedVersion == null ? "." : " (published as version " + publishedVersion + ").")));
        }
        return Optional.empty();
    }

    public void approve(String approver, int version, Instant now) {
        approvalRefusal(approver, basedOnVersion).ifPresent(r -> {
            throw r.toException();
        });
        this.status = ProposalStatus.APPROVED;
        this.decidedBy = approver;
        this.decidedAt = now;
        this.publishedVersion = version;
    }

    public void reject(String by, String reason, Instant now) {
        rejectionRefusal().ifPresent(r -> {
            throw r.toException();
        });
        this.status = ProposalStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public int basedOnVersion() {
        return basedOnVersion;
    }

    public ProposalStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }
}
