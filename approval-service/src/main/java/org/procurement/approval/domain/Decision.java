package org.procurement.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One person's decision on one stage. Decisions are facts: never changed, never withdrawn. */
@Entity
@Immutable
@Table(name = "decision")
public class Decision {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ApprovalCase approvalCase;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    private CaseStage stage;
    @Column(name = "stage_key")
    private String stageKey;
    private String actor;
    /** The delegator when the actor decided as their delegate: the authority used is theirs. */
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    @Column(name = "delegation_id")
    private UUID delegationId;
    @Column(name = "actor_organisation")
    private String actorOrganisation;
    private String role;
    @Enumerated(EnumType.STRING)
    private DecisionOutcome outcome;
    private String comment;
    @Column(name = "comment_for_requester")
    private boolean commentForRequester;
    private String conditions;
    private String reason;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(CaseStage stage, Actor actor, DecisionOutcome outcome, DecisionText text, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.approvalCase = stage.approvalCase();
        this.stage = stage;
        this.stageKey = stage.key();
        this.actor = actor.username();
        this.onBehalfOf = actor.onBehalfOf();
        this.delegationId = actor.delegationId();
        this.actorOrganisation = actor.organisation();
        this.role = stage.role();
        this.outcome = outcome;
        this.comment = text.comment();
        this.commentForRequester = text.commentForRequester();
        this.conditions = outcome == DecisionOutcome.APPROVE_WITH_CONDITIONS ? text.conditions() : null;
        this.reason = outcome.approves() ? null : text.reason();
        this.decidedAt = decidedAt;
    }

    public UUID id() {
        return id;
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

    public UUID delegationId() {
        return delegationId;
    }

    /** Whether this person's authority went into the decision: they made it, or it was made on their behalf. */
    public boolean involves(String username) {
        return actor.equals(username) || username.equals(onBehalfOf);
    }

    /** Whether the requesting ministry may read the comment. */
    public boolean commentForRequester() {
        return commentForRequester;
    }

    public String actorOrganisation() {
        return actorOrganisation;
    }

    public String role() {
        return role;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String comment() {
        return comment;
    }

    public String conditions() {
        return conditions;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
