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
import org.procurement.approval.domain.Authority;
import org.procurement.approval.domain.CaseFacts;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.domain.DecisionOutcome;
import org.procurement.approval.domain.DecisionText;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.domain.Task;
import org.procurement.approval.domain.TaskCursor;
import org.procurement.approval.domain.TaskQuery;
import org.procurement.approval.domain.TaskRepository;
import org.procurement.approval.outbox.OfficialNotices;
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
import java.util.stream.Collectors;

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
    /**
     * The inbox counts matching tasks up to this many; beyond, its total is a lower bound ("1,000 or more"). Counting
     * applies every case rule per task, so the cap bounds each call's cost; counting to 10,000 took most of a call
     * at 100,000 open tasks (docs/benchmarks.md).
     */
    static final int COUNT_TASKS_UP_TO = 1_000;
    /** Roles that read cases at all (requesters their own organisation's only). */
    static final Set<String> READ_CASES = Set.of(Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL,
            Roles.POLICY_BOARD, Roles.AUTHORIZER, Roles.AUDITOR, Roles.SERVICE);

    private final ApprovalCaseRepository cases;
    private final PolicyService policies;
    private final AuditTrail audit;
    private final RequestEvents requestEvents;
    private final EntityManager em;
    private final Clock clock;
    private final ApprovalMetrics metrics;
    private final Aggregations aggregations;
    private final StoredRoutingFacts storedFacts;
    private final DelegationService delegations;
    private final TaskRepository tasks;
    private final OfficialNotices notices;

    public CaseService(ApprovalCaseRepository cases, PolicyService policies, AuditTrail audit,
                       RequestEvents requestEvents, EntityManager em, Clock clock, ApprovalMetrics metrics,
                       Aggregations aggregations, StoredRoutingFacts storedFacts, DelegationService delegations,
                       TaskRepository tasks, OfficialNotices notices) {
        this.cases = cases;
        this.notices = notices;
        this.delegations = delegations;
        this.tasks = tasks;
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
        opened.stages().stream().filter(CaseStage::isOpen).forEach(stage -> notices.stageOpened(opened, stage));
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
        Set<String> openBefore = openStageKeys(locked);
        locked.decide(authority(locked, stageKey, actor), stageKey, outcome, text, now);
        metrics.decided(outcome);
        if (locked.status().isClosed()) {
            requestEvents.caseClosed(locked, now);
        } else if (!openBefore.containsAll(openStageKeys(locked))) {
            requestEvents.stagesOpened(locked, now);
            locked.stages().stream().filter(stage -> stage.isOpen() && !openBefore.contains(stage.key()))
                    .forEach(stage -> notices.stageOpened(locked, stage));
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

    /**
     * One page of the open stages the actor may decide now, in their own right or as someone's delegate: the role,
     * and no rule of the case refuses them (as delegate, refusing neither them nor the delegator). Due soonest first.
     */
    public TaskPage tasks(Actor actor, TaskQuery query) {
        List<Authority> authorities = new ArrayList<>();
        if (!actor.roles().isEmpty()) {
            authorities.add(new Authority(actor.roles(), actor.people(), null));
        }
        delegations.receivedNow(actor).forEach(delegation -> authorities.add(new Authority(Set.of(delegation.role()),
                actor.actingFor(delegation).people(), delegation.delegator())));
        Instant now = clock.instant();
        TaskQuery oneMore = new TaskQuery(query.role(), query.stageKey(), query.priority(), query.overdue(),
                query.destination(), query.lethal(), query.reference(), query.limit() + 1, query.after());
        List<Task> found = tasks.page(actor.organisation(), authorities, oneMore, now);
        boolean more = found.size() > query.limit();
        List<Task> page = more ? found.subList(0, query.limit()) : found;
        long total = tasks.count(actor.organisation(), authorities, query, now, COUNT_TASKS_UP_TO);
        String next = more ? TaskCursor.after(page.get(page.size() - 1).stage()).encode() : null;
        return new TaskPage(List.copyOf(page), total, total < COUNT_TASKS_UP_TO, next);
    }

    /** Says the actor is on a task they may decide; others see it in their inbox. */
    @Transactional
    public void claim(UUID caseId, String stageKey, Actor actor) {
        CaseStage stage = lockedStage(caseId, stageKey);
        ApprovalCase locked = stage.approvalCase();
        Actor acting = authority(locked, stageKey, actor);
        locked.refusal(acting, stage).ifPresent(refusal -> {
            throw refusal.toException();
        });
        stage.claim(actor.username(), clock.instant());
    }

    /** Gives a claimed task back. */
    @Transactional
    public void release(UUID caseId, String stageKey, Actor actor) {
        lockedStage(caseId, stageKey).release(actor.username());
    }

    /** A stage of a case locked for this transaction; 404 for an unknown case or stage. */
    private CaseStage lockedStage(UUID caseId, String stageKey) {
        return cases.findForUpdate(caseId).orElseThrow(() -> ProblemException.notFound("Case", caseId))
                .stage(stageKey).orElseThrow(() -> ProblemException.notFound("Stage", stageKey + " of case " + caseId));
    }

    /** One stage as a task of this person, read after a change (outside its transaction, as views are). */
    public Task task(UUID caseId, String stageKey, Actor actor) {
        ApprovalCase found = cases.findById(caseId);
        CaseStage stage = found.stage(stageKey).orElseThrow();
        return new Task(stage, authority(found, stageKey, actor).onBehalfOf());
    }

    private static Set<String> openStageKeys(ApprovalCase c) {
        return c.stages().stream().filter(CaseStage::isOpen).map(CaseStage::key).collect(Collectors.toSet());
    }

    /**
     * Whose authority a decision uses: the actor's own when they hold the stage's role, else the first delegation
     * they hold for it under which the case's rules allow the decision (else the first, so the refusal names it).
     */
    private Actor authority(ApprovalCase c, String stageKey, Actor actor) {
        Optional<CaseStage> stage = c.stage(stageKey);
        if (stage.isEmpty() || actor.holds(stage.get().role())) {
            return actor;
        }
        List<Actor> delegates = delegations.actingAs(actor, stage.get().role());
        return delegates.stream().filter(a -> c.refusal(a, stage.get()).isEmpty()).findFirst()
                .orElse(delegates.isEmpty() ? actor : delegates.get(0));
    }

    /**
     * The viewer with the roles delegated to them now, for deciding which cases they may read; someone with neither
     * a role that reads cases nor a delegation is refused.
     */
    public Actor reader(Actor viewer) {
        Actor reader = seesAllCases(viewer) ? viewer : delegations.reader(viewer);
        if (reader.roles().stream().noneMatch(READ_CASES::contains)) {
            throw ProblemException.forbidden("Reading cases needs role requester, reviewer, export-control, "
                    + "policy-board, authorizer, auditor or service, or a deciding role delegated to you now.");
        }
        return reader;
    }

    /** Someone who decides, in their own right or by a delegation in force now; anyone else is refused. */
    public void requireDecider(Actor actor) {
        if (actor.roles().stream().noneMatch(Roles.DECIDERS::contains) && delegations.receivedNow(actor).isEmpty()) {
            throw ProblemException.forbidden("Deciding needs role reviewer, export-control, policy-board or "
                    + "authorizer, or one of them delegated to you now.");
        }
    }

    private boolean visibleTo(ApprovalCase c, Actor viewer) {
        return seesAllCases(viewer) || c.organisation().equals(viewer.organisation());
    }

    /** Whether the viewer sees every case as the supplier does; otherwise they read as the requesting ministry. */
    public static boolean seesAllCases(Actor viewer) {
        return viewer.roles().stream().anyMatch(SEE_ALL_CASES::contains);
    }

    /**
     * Records the case's new events for the audit chain. Under the case's row lock, so a case's events are recorded
     * in their order; they are numbered and linked right after the commit (AuditLinker), without a shared lock here.
     */
    private void recordEvents(ApprovalCase c) {
        em.flush();
        c.takeEvents().forEach(event -> audit.append(AuditEvent.of(c, event)));
    }
}
