package org.procurement.request.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.procurement.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A ministry's formal request for equipment. It guards its own lifecycle: every change goes through a method that
 * refuses moves the lifecycle does not allow, and records itself on the timeline.
 */
@Entity
@Table(name = "procurement_request")
public class Request {

    @Id
    private UUID id;
    private String reference;
    private String organisation;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    private String title;
    private String justification;
    @Column(name = "intended_end_use")
    private String intendedEndUse;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "needed_by")
    private LocalDate neededBy;
    @Embedded
    private DeliveryDestination destination;
    @Enumerated(EnumType.STRING)
    @Column(name = "financing_method")
    private FinancingMethod financingMethod;
    @Embedded
    private EndUserCertificate endUserCertificate;
    // Loaded with the request (a request is always shown with its lines); batched so list pages cost one query.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "line_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<LineItem> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    /** Submission round: 0 while a first draft, incremented by every (re)submission. */
    private int round;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private BigDecimal total;
    private String currency;
    private String conditions;
    /** Why it was rejected, returned or withdrawn. */
    @Column(name = "status_reason")
    private String statusReason;
    /** The open stages of its case while IN_REVIEW, as approval-service last announced them; null otherwise. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "waiting_stages")
    private List<WaitingStage> waitingStages;
    @Version
    private long version;

    /** Timeline entries recorded by this unit of work, for the service to store with the request. */
    @Transient
    private List<TimelineEntry> recorded = new ArrayList<>();

    protected Request() {
    }

    public static Request draft(UUID id, String reference, String organisation, RequestDetails details, String actor,
            Instant now) {
        Request request = new Request();
        request.id = id;
        request.reference = reference;
        request.organisation = organisation;
        request.createdBy = actor;
        request.createdAt = now;
        request.status = RequestStatus.DRAFT;
        request.apply(details, actor, now);
        request.record(TimelineAction.CREATED, null, RequestStatus.DRAFT, actor, now, "Draft created");
        return request;
    }

    /** Replaces what the requester wrote; only while the request is a draft or returned for amendment. */
    public void edit(RequestDetails details, String actor, Instant now) {
        if (!status.isEditable()) {
            throw new IllegalTransitionException(reference, status, "edited");
        }
        apply(details, actor, now);
        record(TimelineAction.EDITED, status, status, actor, now, "Details edited");
    }

    /**
     * Refuses a submission that the lifecycle does not allow or that lacks anything required, listing every gap
     * at once. Checked before the catalogue is asked, and again when submitting.
     */
    public void requireSubmittable(LocalDate today) {
        requireMove(RequestStatus.SUBMITTED, "submitted");
        List<RuleViolation.Fault> gaps = SubmissionChecklist.gaps(this, today);
        if (!gaps.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INCOMPLETE, "submission-incomplete", "Submission incomplete",
                    "Request " + reference + " cannot be submitted yet; " + gaps.size()
                            + " field(s) are missing or invalid.", gaps);
        }
    }

    /**
     * Submits with the catalogue's current facts: every line must name a requestable item in an available
     * quantity; the facts are then frozen into each line and the request is totalled. Starts a new round.
     */
    public void submit(Map<UUID, CatalogueEntry> catalogue, Set<DocumentKind> documents, String actor, Instant now) {
        requireSubmittable(LocalDate.ofInstant(now, ZoneOffset.UTC));
        CatalogueCheck.requireRequestable(lines, catalogue);
        boolean lethal = lines.stream().anyMatch(line -> catalogue.get(line.itemId()).lethal());
        if (lethal && !documents.contains(DocumentKind.END_USER_CERTIFICATE)) {
            throw new RuleViolation(RuleViolation.Kind.INCOMPLETE, "end-user-certificate-missing",
                    "End-user certificate missing",
                    "Request " + reference + " has a lethal line: attach the signed end-user certificate (POST /requests/"
                            + id + "/documents, kind END_USER_CERTIFICATE) before submitting it.",
                    List.of(new RuleViolation.Fault("documents",
                            "needs an END_USER_CERTIFICATE document: the request has a lethal line")));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem line : lines) {
            line.freeze(catalogue.get(line.itemId()));
            sum = sum.add(line.lineTotal());
        }
        RequestStatus from = status;
        status = RequestStatus.SUBMITTED;
        round++;
        total = sum;
        currency = lines.get(0).snapshot().currency();
        submittedBy = actor;
        submittedAt = now;
        conditions = null;
        statusReason = null;
        touch(actor, now);
        record(TimelineAction.SUBMITTED, from, status, actor, now,
                "Submitted for round " + round + ", total " + total.toPlainString() + " " + currency);
    }

    /** approval-service opened the case for the current round. */
    public void openCase(List<WaitingStage> stages, String actor, Instant now) {
        RequestStatus from = requireMove(RequestStatus.IN_REVIEW, "put in review");
        status = RequestStatus.IN_REVIEW;
        waitingStages = stages == null || stages.isEmpty() ? null : List.copyOf(stages);
        touch(actor, now);
        record(TimelineAction.CASE_OPENED, from, status, actor, now, "Case opened for round " + round
                + (waitingStages == null ? "" : "; waiting for " + describe(waitingStages)));
    }

    /** Later stages of the case opened; only while in review. */
    public void stagesOpened(List<WaitingStage> stages, String actor, Instant now) {
        if (status != RequestStatus.IN_REVIEW) {
            throw new IllegalTransitionException(reference, status, "moved to its next stages");
        }
        waitingStages = stages == null || stages.isEmpty() ? null : List.copyOf(stages);
        touch(actor, now);
        record(TimelineAction.STAGES_OPENED, status, status, actor, now,
                "Now waiting for " + (waitingStages == null ? "nothing" : describe(waitingStages)));
    }

    private static String describe(List<WaitingStage> stages) {
        return stages.stream().map(s -> s.title() + " (due " + s.dueAt() + ")").collect(Collectors.joining(", "));
    }

    /** approval-service reached a decision on the current round. */
    public void decide(CaseOutcome outcome, String conditions, String reason, String actor, Instant now) {
        if (outcome == CaseOutcome.APPROVED_WITH_CONDITIONS && isBlank(conditions)) {
            throw RuleViolation.invalid("conditions", "must be given for " + outcome);
        }
        if ((outcome == CaseOutcome.REJECTED || outcome == CaseOutcome.RETURNED) && isBlank(reason)) {
            throw RuleViolation.invalid("reason", "must be given for " + outcome);
        }
        RequestStatus from = requireMove(outcome.status(), "decided " + outcome);
        status = outcome.status();
        waitingStages = null;
        this.conditions = outcome == CaseOutcome.APPROVED_WITH_CONDITIONS ? conditions : null;
        this.statusReason = outcome == CaseOutcome.REJECTED || outcome == CaseOutcome.RETURNED ? reason : null;
        touch(actor, now);
        String detail = switch (outcome) {
            case APPROVED -> "Approved";
            case APPROVED_WITH_CONDITIONS -> "Approved with conditions: " + conditions;
            case REJECTED -> "Rejected: " + reason;
            case RETURNED -> "Returned for amendment: " + reason;
        };
        record(TimelineAction.DECIDED, from, status, actor, now, detail);
    }

    /**
     * Its submitter (for a draft, its author) or a request manager of the organisation withdraws the request; possible
     * until it is rejected or withdrawn.
     *
     * @param requestManager whether the actor holds the request-manager role (the caller's organisation is checked
     *                       before: nobody reaches another organisation's request)
     */
    public void withdraw(String reason, String actor, boolean requestManager, Instant now) {
        if (isBlank(reason)) {
            throw RuleViolation.invalid("reason", "must not be blank");
        }
        String owner = submittedBy != null ? submittedBy : createdBy;
        if (!requestManager && !actor.equals(owner)) {
            throw RuleViolation.notPermitted("not-submitter", "Not the submitter",
                    "Request " + reference + " was " + (submittedBy != null ? "submitted" : "drafted") + " by " + owner
                            + "; only they or a request-manager of " + organisation + " withdraw it.");
        }
        RequestStatus from = requireMove(RequestStatus.WITHDRAWN, "withdrawn");
        status = RequestStatus.WITHDRAWN;
        waitingStages = null;
        statusReason = reason;
        touch(actor, now);
        record(TimelineAction.WITHDRAWN, from, status, actor, now, "Withdrawn: " + reason);
    }

    /**
     * The catalogue refused to reserve the approved quantities (not enough in stock): the request waits for stock,
     * keeping its conditions. Only an approved request can wait; anything else is left as it is (false).
     */
    public boolean awaitStock(String why, Instant now) {
        if (status != RequestStatus.APPROVED && status != RequestStatus.APPROVED_WITH_CONDITIONS) {
            return false;
        }
        RequestStatus from = status;
        status = RequestStatus.APPROVED_AWAITING_STOCK;
        touch(CATALOGUE, now);
        record(TimelineAction.RESERVATION_REFUSED, from, status, CATALOGUE, now,
                "The catalogue could not reserve the approved quantities: " + why);
        return true;
    }

    /** The quantities were reserved after waiting: the request is approved again, with its conditions if any. */
    public boolean stockReserved(Instant now) {
        if (status != RequestStatus.APPROVED_AWAITING_STOCK) {
            return false;
        }
        RequestStatus from = status;
        status = conditions != null ? RequestStatus.APPROVED_WITH_CONDITIONS : RequestStatus.APPROVED;
        touch(CATALOGUE, now);
        record(TimelineAction.RESERVED, from, status, CATALOGUE, now, "The approved quantities are reserved");
        return true;
    }

    /** Documents are added while the requesting organisation may still change the request: a draft, or returned. */
    public void requireAmendable(String attempted) {
        if (status != RequestStatus.DRAFT && status != RequestStatus.RETURNED) {
            throw new IllegalTransitionException(reference, status, attempted);
        }
    }

    /** Documents are removed only from a draft: once submitted, a round's documents are part of its record. */
    public void requireDraft(String attempted) {
        if (status != RequestStatus.DRAFT) {
            throw new IllegalTransitionException(reference, status, attempted);
        }
    }

    /** Records an event from approval-service that was received but not applied, and why. */
    public void ignoreEvent(String why, String actor, Instant now) {
        record(TimelineAction.EVENT_IGNORED, status, status, actor, now, why);
    }

    /** Whether the lifecycle would accept a move to {@code next} now. */
    public boolean canMoveTo(RequestStatus next) {
        return status.canMoveTo(next);
    }

    /** Hands over the timeline entries recorded since the last call, for storing with the request. */
    public List<TimelineEntry> takeRecordedEntries() {
        List<TimelineEntry> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    /** The timeline's actor for what the catalogue decided. */
    private static final String CATALOGUE = "catalog-service";

    private RequestStatus requireMove(RequestStatus next, String attempted) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(reference, status, attempted);
        }
        return status;
    }

    private void apply(RequestDetails details, String actor, Instant now) {
        title = details.title();
        justification = details.justification();
        intendedEndUse = details.intendedEndUse();
        priority = details.priority();
        neededBy = details.neededBy();
        destination = details.destination();
        financingMethod = details.financingMethod();
        endUserCertificate = details.endUserCertificate();
        // New lines carry no snapshot: prices are frozen again at the next submission.
        lines.clear();
        lines.addAll(details.lines());
        total = null;
        currency = null;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private void record(TimelineAction action, RequestStatus from, RequestStatus to, String actor, Instant now,
            String detail) {
        recorded.add(new TimelineEntry(id, now, actor, action, from, to, round, detail));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String organisation() {
        return organisation;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String title() {
        return title;
    }

    public String justification() {
        return justification;
    }

    public String intendedEndUse() {
        return intendedEndUse;
    }

    public Priority priority() {
        return priority;
    }

    public LocalDate neededBy() {
        return neededBy;
    }

    public DeliveryDestination destination() {
        return destination;
    }

    public FinancingMethod financingMethod() {
        return financingMethod;
    }

    public EndUserCertificate endUserCertificate() {
        return endUserCertificate;
    }

    public List<LineItem> lines() {
        return List.copyOf(lines);
    }

    public RequestStatus status() {
        return status;
    }

    public int round() {
        return round;
    }

    public List<WaitingStage> waitingStages() {
        return waitingStages == null ? List.of() : waitingStages;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal total() {
        return total;
    }

    public String currency() {
        return currency;
    }

    public String conditions() {
        return conditions;
    }

    public String statusReason() {
        return statusReason;
    }

    public long version() {
        return version;
    }
}
