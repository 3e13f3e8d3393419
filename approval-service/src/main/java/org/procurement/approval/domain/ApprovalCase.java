package org.procurement.approval.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.StageRouting;
import org.procurement.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The approval of one request round. It knows which stages apply, which are open, who may decide them, and when
 * it is complete; it refuses illegal decisions with a problem saying why. Callers must hold its row lock while
 * deciding, so that quorum counts and closing happen exactly once.
 */
@Entity
@Table(name = "approval_case")
public class ApprovalCase {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private int round;
    private String reference;
    private String title;
    private String organisation;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "destination_country")
    private String destinationCountry;
    private BigDecimal total;
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    private String facts;
    @JdbcTypeCode(SqlTypes.JSON)
    private String aggregation;
    @Column(name = "policy_version")
    private int policyVersion;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String conditions;
    private String reason;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @OneToMany(mappedBy = "approvalCase", cascade = CascadeType.PERSIST)
    @OrderBy("stageOrder, positionInPolicy")
    private List<CaseStage> stages = new ArrayList<>();

    @Transient
    private final List<CaseEvent> events = new ArrayList<>();

    protected ApprovalCase() {
    }

    /** Opens a case with the stages the policy routed to it; the first group of stages opens at once. */
    public static ApprovalCase open(CaseFacts facts, int policyVersion, List<StageRouting> routing, Instant now) {
        ApprovalCase c = new ApprovalCase();
        c.id = UUID.randomUUID();
        c.requestId = facts.requestId();
        c.round = facts.round();
        c.reference = facts.reference();
        c.title = facts.title();
        c.organisation = facts.organisation();
        c.submittedBy = facts.submittedBy();
        c.priority = facts.priority();
        c.destinationCountry = facts.destinationCountry();
        c.total = facts.total();
        c.currency = facts.currency();
        c.facts = facts.document();
        c.aggregation = facts.aggregation();
        c.policyVersion = policyVersion;
        c.status = CaseStatus.OPEN;
        c.openedAt = now;
        routing.stream().filter(StageRouting::applies)
                .forEach(r -> c.stages.add(new CaseStage(c, c.stages.size(), r.stage(), facts.priority(), r.reason())));
        if (c.stages.isEmpty()) {
            throw new IllegalStateException("Policy version " + policyVersion + " routed request " + facts.reference()
                    + " through no stage; published policies always have an unconditional stage");
        }
        c.raise(CaseEventType.CASE_OPENED, null, facts.submittedBy(), null, null,
                "Opened under policy version " + policyVersion + " with stages "
                        + c.stages.stream().map(CaseStage::key).collect(Collectors.joining(", "))
                        + (facts.documents().isEmpty() ? "; no documents"
                                : "; documents: " + String.join("; ", facts.documents())));
        c.openNextStages(now);
        return c;
    }

    /**
     * Records a decision and everything that follows from it: the stage completing, later stages opening, the case
     * closing. Throws a problem (403/404/409/400) saying why when the decision is not allowed.
     */
    public Decision decide(Actor actor, String stageKey, DecisionOutcome outcome, DecisionText text, Instant now) {
        CaseStage stage = stage(stageKey).orElseThrow(() -> RuleViolation.notFound("Stage", stageKey + " of case " + id));
        refusal(actor, stage).ifPresent(refusal -> {
            throw refusal.toException();
        });
        text.requireFor(outcome);
        Decision decision = stage.record(actor, outcome, text, now);
        events.add(new CaseEvent(CaseEventType.DECISION, stage.key(), actor.username(), stage.role(), outcome.name(),
                describe(text), actor.onBehalfOf()));
        switch (outcome) {
            case REJECT -> close(CaseStatus.REJECTED, actor.username(), null, text.reason(), now);
            case RETURN_FOR_AMENDMENT -> close(CaseStatus.RETURNED, actor.username(), null, text.reason(), now);
            case APPROVE, APPROVE_WITH_CONDITIONS -> afterApproval(stage, actor, now);
        }
        return decision;
    }

    /** Why this person may not decide this stage now, or empty when they may. */
    public Optional<Refusal> refusal(Actor actor, CaseStage stage) {
        if (status.isClosed()) {
            return Optional.of(Refusal.conflict("case-closed", "Case closed",
                    "Case " + reference + " is already closed as " + status + " (" + closedAt + " by " + closedBy
                            + "); it accepts no further decisions."));
        }
        if (!actor.holds(stage.role())) {
            return Optional.of(Refusal.forbidden("missing-stage-role", "Missing stage role",
                    "Stage " + stage.key() + " is decided by role " + stage.role() + ", which you do not hold."));
        }
        if (Objects.equals(actor.organisation(), organisation)) {
            return Optional.of(Refusal.forbidden("requesting-organisation", "Requesting organisation",
                    "You belong to " + organisation + ", the organisation that made request " + reference
                            + "; nobody from the requesting organisation decides its case."));
        }
        if (actor.people().contains(submittedBy)) {
            return Optional.of(Refusal.forbidden("submitter", "Submitter",
                    who(actor, submittedBy) + " submitted request " + reference + "; the submitter never decides its case."));
        }
        // A delegate and the delegator they act for count as one authority and as two people: neither may use the
        // case twice, whoever of them decided before.
        for (String person : actor.people()) {
            Optional<Decision> here = stage.decisionBy(person);
            if (here.isPresent()) {
                return Optional.of(Refusal.conflict("already-decided", "Already decided",
                        who(actor, person) + " already decided stage " + stage.key() + " of case " + reference
                                + " (" + decidedBy(here.get()) + "); one person decides a stage once."));
            }
        }
        for (String person : actor.people()) {
            Optional<Decision> elsewhere = stages.stream().map(s -> s.decisionBy(person)).flatMap(Optional::stream).findFirst();
            if (elsewhere.isPresent()) {
                return Optional.of(Refusal.forbidden("separation-of-duties", "Separation of duties",
                        who(actor, person) + " already decided stage " + elsewhere.get().stageKey() + " of case " + reference
                                + " (" + decidedBy(elsewhere.get()) + "); one person decides at most one stage of a case."));
            }
        }
        if (stage.status() == StageStatus.WAITING) {
            return Optional.of(Refusal.conflict("stage-not-open", "Stage not open",
                    "Stage " + stage.key() + " opens only when " + String.join(", ", unfinishedBefore(stage))
                            + " " + (unfinishedBefore(stage).size() == 1 ? "is" : "are") + " complete."));
        }
        if (stage.status() == StageStatus.COMPLETED) {
            return Optional.of(Refusal.conflict("stage-completed", "Stage completed",
                    "Stage " + stage.key() + " already has its quorum of " + stage.quorum() + " approval"
                            + (stage.quorum() == 1 ? "" : "s") + "."));
        }
        return Optional.empty();
    }

    /** Withdrawal of the request: closes an open case as CANCELLED; returns false when it was already closed. */
    public boolean cancel(String actor, String why, Instant now) {
        if (status.isClosed()) {
            return false;
        }
        close(CaseStatus.CANCELLED, actor, null, why, now);
        return true;
    }

    /** Flags an open stage as past its due time (the SLA timer does this in bulk; kept here for the audit text). */
    public static CaseEvent overdueEvent(String stageKey, String role, Instant dueAt) {
        return new CaseEvent(CaseEventType.STAGE_OVERDUE, stageKey, null, role, null, "Was due at " + dueAt);
    }

    /** Events raised since the last call, in the order they happened, for the audit trail. */
    public List<CaseEvent> takeEvents() {
        List<CaseEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    private void afterApproval(CaseStage stage, Actor actor, Instant now) {
        if (!stage.quorumReached()) {
            return;
        }
        stage.complete(now);
        raise(CaseEventType.STAGE_COMPLETED, stage.key(), actor.username(), stage.role(), null,
                "Quorum of " + stage.quorum() + " reached");
        if (stages.stream().allMatch(s -> s.status() == StageStatus.COMPLETED)) {
            String allConditions = stages.stream().flatMap(s -> s.decisions().stream())
                    .map(Decision::conditions).filter(Objects::nonNull).collect(Collectors.joining("; "));
            close(allConditions.isEmpty() ? CaseStatus.APPROVED : CaseStatus.APPROVED_WITH_CONDITIONS,
                    actor.username(), allConditions.isEmpty() ? null : allConditions, null, now);
        } else if (stages.stream().noneMatch(CaseStage::isOpen)) {
            openNextStages(now);
        }
    }

    private void openNextStages(Instant now) {
        OptionalInt next = stages.stream().filter(s -> s.status() == StageStatus.WAITING).mapToInt(CaseStage::order).min();
        if (next.isEmpty()) {
            return;
        }
        for (CaseStage stage : stages) {
            if (stage.status() == StageStatus.WAITING && stage.order() == next.getAsInt()) {
                stage.open(now);
                raise(CaseEventType.STAGE_OPENED, stage.key(), null, stage.role(), null, "Due at " + stage.dueAt());
            }
        }
    }

    private void close(CaseStatus outcome, String actor, String conditions, String reason, Instant now) {
        status = outcome;
        closedBy = actor;
        closedAt = now;
        this.conditions = conditions;
        this.reason = reason;
        stages.forEach(CaseStage::stop);
        raise(CaseEventType.CASE_CLOSED, null, actor, null, outcome.name(),
                conditions != null ? "Conditions: " + conditions : reason);
    }

    private static String who(Actor actor, String person) {
        return person.equals(actor.username()) ? "You" : person + ", on whose behalf you act,";
    }

    private static String decidedBy(Decision decision) {
        return decision.onBehalfOf() == null ? "by " + decision.actor()
                : "by " + decision.actor() + " on behalf of " + decision.onBehalfOf();
    }

    private List<String> unfinishedBefore(CaseStage stage) {
        return stages.stream().filter(s -> s.order() < stage.order() && s.status() != StageStatus.COMPLETED)
                .map(CaseStage::key).toList();
    }

    private static String describe(DecisionText text) {
        List<String> parts = new ArrayList<>();
        if (text.comment() != null && !text.comment().isBlank()) {
            parts.add(text.comment());
        }
        if (text.conditions() != null && !text.conditions().isBlank()) {
            parts.add("Conditions: " + text.conditions());
        }
        if (text.reason() != null && !text.reason().isBlank()) {
            parts.add("Reason: " + text.reason());
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    private void raise(CaseEventType type, String stageKey, String actor, String role, String outcome, String comment) {
        events.add(new CaseEvent(type, stageKey, actor, role, outcome, comment));
    }

    public Optional<CaseStage> stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public int round() {
        return round;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String organisation() {
        return organisation;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Priority priority() {
        return priority;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public BigDecimal total() {
        return total;
    }

    public String currency() {
        return currency;
    }

    public String facts() {
        return facts;
    }

    /** The aggregated value routing compared (JSON); null for cases opened before aggregation existed. */
    public String aggregation() {
        return aggregation;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public CaseStatus status() {
        return status;
    }

    public String conditions() {
        return conditions;
    }

    public String reason() {
        return reason;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<CaseStage> stages() {
        return List.copyOf(stages);
    }
}
