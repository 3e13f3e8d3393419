package org.procurement.approval.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.StageDefinition;
import org.procurement.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A stage of one case, copied from the policy when the case opened so that later policy versions never change it.
 * It knows its quorum: it completes when that many distinct people of its role have approved.
 */
@Entity
@Table(name = "case_stage")
// Only changed columns are written, so a decision completing a stage never undoes the SLA timer's overdue flag.
@DynamicUpdate
public class CaseStage {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ApprovalCase approvalCase;
    @Column(name = "stage_key")
    private String stageKey;
    private String title;
    private String description;
    private String role;
    private int quorum;
    @Column(name = "stage_order")
    private int stageOrder;
    /** Place in the policy document, so stages read back in the order the policy lists them. */
    @Column(name = "policy_position")
    private int positionInPolicy;
    @Column(name = "applies_because")
    private String appliesBecause;
    @Column(name = "due_after")
    private String dueAfter;
    @Enumerated(EnumType.STRING)
    private StageStatus status;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    private boolean overdue;
    /** Who said they are on this task: a hint others see, not a lock (anyone entitled may still decide). */
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @OneToMany(mappedBy = "stage", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt, actor")
    private List<Decision> decisions = new ArrayList<>();

    protected CaseStage() {
    }

    CaseStage(ApprovalCase approvalCase, int position, StageDefinition definition, Priority priority, String appliesBecause) {
        this.id = UUID.randomUUID();
        this.approvalCase = approvalCase;
        this.stageKey = definition.key();
        this.title = definition.title();
        this.description = definition.description();
        this.role = definition.role();
        this.quorum = definition.quorum();
        this.stageOrder = definition.order();
        this.positionInPolicy = position;
        // The explanation names lines; a request of many lines is summarised to the column's length.
        this.appliesBecause = appliesBecause.length() <= 2000 ? appliesBecause : appliesBecause.substring(0, 1999) + "…";
        this.dueAfter = definition.dueAfter(priority).toString();
        this.status = StageStatus.WAITING;
    }

    void open(Instant now) {
        status = StageStatus.OPEN;
        openedAt = now;
        dueAt = now.plus(Duration.parse(dueAfter));
    }

    Decision record(Actor actor, DecisionOutcome outcome, DecisionText text, Instant now) {
        Decision decision = new Decision(this, actor, outcome, text, now);
        decisions.add(decision);
        if (actor.username().equals(claimedBy)) {
            claimedBy = null;
            claimedAt = null;
        }
        return decision;
    }

    /** Says this person is on the task; claiming one's own claim again changes nothing. */
    public void claim(String username, Instant now) {
        if (claimedBy != null && !claimedBy.equals(username)) {
            throw RuleViolation.conflict("task-claimed", "Task claimed",
                    "Stage " + stageKey + " of case " + approvalCase.reference() + " is claimed by " + claimedBy
                            + " since " + claimedAt + "; they must release it first.")
                    .with("claimedBy", claimedBy).with("claimedAt", claimedAt);
        }
        if (claimedBy == null) {
            claimedBy = username;
            claimedAt = now;
        }
    }

    /** Gives the task back; only the person who claimed it does. */
    public void release(String username) {
        if (claimedBy == null) {
            throw RuleViolation.conflict("task-not-claimed", "Task not claimed",
                    "Stage " + stageKey + " of case " + approvalCase.reference() + " is not claimed by anyone.");
        }
        if (!claimedBy.equals(username)) {
            throw RuleViolation.conflict("task-claimed", "Task claimed",
                    "Stage " + stageKey + " of case " + approvalCase.reference() + " is claimed by " + claimedBy
                            + ", not by you; only they release it.")
                    .with("claimedBy", claimedBy).with("claimedAt", claimedAt);
        }
        claimedBy = null;
        claimedAt = null;
    }

    /** Distinct people who approved: one decision per person is guaranteed by the case and the database. */
    public long approvals() {
        return decisions.stream().filter(d -> d.outcome().approves()).map(Decision::actor).distinct().count();
    }

    boolean quorumReached() {
        return approvals() >= quorum;
    }

    void complete(Instant now) {
        status = StageStatus.COMPLETED;
        completedAt = now;
    }

    void stop() {
        if (status == StageStatus.WAITING || status == StageStatus.OPEN) {
            status = StageStatus.STOPPED;
        }
    }

    /** A decision this person made, or that was made on their behalf. */
    Optional<Decision> decisionBy(String username) {
        return decisions.stream().filter(d -> d.involves(username)).findFirst();
    }

    public boolean isOpen() {
        return status == StageStatus.OPEN;
    }

    public UUID id() {
        return id;
    }

    public ApprovalCase approvalCase() {
        return approvalCase;
    }

    public String key() {
        return stageKey;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String role() {
        return role;
    }

    public int quorum() {
        return quorum;
    }

    public int order() {
        return stageOrder;
    }

    public String appliesBecause() {
        return appliesBecause;
    }

    public StageStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public boolean overdue() {
        return overdue;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
