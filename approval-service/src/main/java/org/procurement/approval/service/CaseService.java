package org.procurement.approval.service;

import org.procurement.support.security.Roles;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.procurement.approval.audit.AuditEvent;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.ApprovalCaseRepository;
import org.procurement.approval.domain.CaseFacts;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.domain.DecisionOutcome;
import org.procurement.approval.domain.DecisionText;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.outbox.RequestEvents;
import org.procurement.approval.policy.Aggregation;
import org.procurement.approval.policy.ItemLine;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Opens, decides and cancels cases. Every change locks the case row first, so that concurrent decisions on one
 * case are applied one after the other: quorum counts stay exact and a case closes once. Reads run without a
 * transaction (Quarkus then keeps the session for the request, so views can walk lazy associations).
 */
@ApplicationScoped
public class CaseService {

    /** Roles that see every case; requesters see only their own organisation's. */
    static final Set<String> SEE_ALL_CASES = Set.of(Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD,
            Roles.AUTHORIZER, Roles.AUDITOR, Roles.SERVICE);

    private final ApprovalCaseRepository cases;
    private final PolicyService policies;
    private final AuditTrail audit;
    private final RequestEvents requestEvents;
    private final EntityManager em;
    private final Clock clock;
    private final ApprovalMetrics metrics;
    private final Aggregations aggregations;
    private final StoredRoutingFacts storedFacts;

    public CaseService(ApprovalCaseRepository cases, PolicyService policies, AuditTrail audit,
                       RequestEvents requestEvents, EntityManager em, Clock clock, ApprovalMetrics metrics,
                       Aggregations aggregations, StoredRoutingFacts storedFacts) {
        this.cases = cases;
        this.aggregations = aggregations;
        this.storedFacts = storedFacts;
        this.policies = policies;
        this.audit = audit;
        this.requestEvents = requestEvents;
        this.em = em;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Idempotent by request and round: a retry finds the case the first call opened. {@code totalAtLeast} is routed
     * on the aggregated value (the organisation's other live requests for the same items), which is kept with the
     * case, and the case's lines are kept for the requests after it.
     */
    @Transactional
    public Opening open(CaseFacts facts, RequestFacts routingFacts, List<ItemLine> lines) {
        // Serialises concurrent deliveries of the same opening, so the second one finds the first one's case.
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(1, hashtext(:key))")
                .setParameter("key", facts.requestId() + "/" + facts.round()).getSingleResult();
        Optional<ApprovalCase> existing = cases.findByRequestRound(facts.requestId(), facts.round());
        if (existing.isPresent()) {
            return new Opening(existing.get().id(), false);
        }
        aggregations.lockOrganisation(facts.organisation());
        Aggregation counted = aggregations.of(facts.organisation(), facts.requestId(), routingFacts.total(), lines);
        PolicyVersion policy = policies.current();
        Instant now = clock.instant();
        ApprovalCase opened = ApprovalCase.open(facts.withAggregation(storedFacts.write(counted)), policy.version(),
                policies.definition(policy).route(routingFacts.withAggregation(counted), policies.routingContext()), now);
        cases.persist(opened);
        em.flush();
        aggregations.record(opened, lines);
        requestEvents.caseOpened(opened, now);
        recordEvents(opened);
        return new Opening(opened.id(), true);
    }

    @Transactional
    public void decide(UUID caseId, String stageKey, Actor actor, DecisionOutcome outcome, DecisionText text) {
        ApprovalCase locked = cases.findForUpdate(caseId).orElse(null);
        if (locked == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        Instant now = clock.instant();
        locked.decide(actor, stageKey, outcome, text, now);
        metrics.decided(outcome);
        if (locked.status().isClosed()) {
            requestEvents.caseClosed(locked, now);
        }
        recordEvents(locked);
    }

    /** Idempotent: cancelling a closed case changes nothing and says how it was closed. */
    @Transactional
    public Cancellation cancel(UUID requestId, Integer round, String actor, String reason) {
        Optional<ApprovalCase> found = cases.findRoundForUpdate(requestId, round);
        ApprovalCase locked = found.orElseThrow(() -> ProblemException.notFound("Case for request",
                requestId + (round == null ? "" : " round " + round)));
        CaseStatus before = locked.status();
        boolean cancelled = locked.cancel(actor, reason, clock.instant());
        recordEvents(locked);
        Cancellation.Result result = cancelled ? Cancellation.Result.CANCELLED
                : before == CaseStatus.CANCELLED ? Cancellation.Result.ALREADY_CANCELLED : Cancellation.Result.ALREADY_CLOSED;
        return new Cancellation(requestId, locked.round(), locked.status(), result);
    }

    /** A case the viewer may see; others' cases are reported as absent rather than forbidden, to reveal nothing. */
    public ApprovalCase get(UUID caseId, Actor viewer) {
        ApprovalCase found = cases.findById(caseId);
        if (found == null || !visibleTo(found, viewer)) {
            throw ProblemException.notFound("Case", caseId);
        }
        return found;
    }

    public CasePage list(CaseQuery query, Actor viewer) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.status() != null) {
            parameters.add(query.status());
            where.append(" and status = ?").append(parameters.size());
        }
        if (query.requestId() != null) {
            parameters.add(query.requestId());
            where.append(" and requestId = ?").append(parameters.size());
        }
        if (query.reference() != null) {
            parameters.add(query.reference());
            where.append(" and reference = ?").append(parameters.size());
        }
        if (!seesAllCases(viewer)) {
            parameters.add(viewer.organisation() == null ? "" : viewer.organisation());
            where.append(" and organisation = ?").append(parameters.size());
        }
        var found = cases.newestFirst(where.toString(), parameters.toArray());
        long total = found.count();
        return new CasePage(found.page(Page.of(query.page(), query.size())).list(), total);
    }

    /** Open stages the actor may decide now: their role, and no rule of the case refuses them. */
    public List<CaseStage> tasks(Actor actor) {
        if (actor.roles().isEmpty()) {
            return List.of();
        }
        List<CaseStage> open = cases.openStagesFor(actor.roles());
        return open.stream().filter(stage -> stage.approvalCase().refusal(actor, stage).isEmpty()).toList();
    }

    private boolean visibleTo(ApprovalCase c, Actor viewer) {
        return seesAllCases(viewer) || c.organisation().equals(viewer.organisation());
    }

    static boolean seesAllCases(Actor viewer) {
        return viewer.roles().stream().anyMatch(SEE_ALL_CASES::contains);
    }

    /**
     * Appends the case's new events to the audit chain, as the last writes of the transaction: the case's own rows
     * are flushed first, so the chain lock (which every appender of every replica queues for) is held only for
     * the audit rows and the commit.
     */
    private void recordEvents(ApprovalCase c) {
        em.flush();
        c.takeEvents().forEach(event -> audit.append(AuditEvent.of(c, event)));
    }
}
