package org.procurement.approval.service;

import io.quarkus.panache.common.Page;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.procurement.approval.audit.AuditEvent;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.config.ApprovalConfig;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.approval.domain.Delegation;
import org.procurement.approval.domain.DelegationRepository;
import org.procurement.approval.domain.TaskRepository;
import org.procurement.support.domain.RuleViolation;
import org.procurement.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gives, shows and ends delegations, and tells the case rules who a person may act for now. Every delegation given
 * or ended is written to the audit trail, so the chain shows whose authority each decision used.
 */
@ApplicationScoped
public class DelegationService {

    private final DelegationRepository delegations;
    private final AuditTrail audit;
    private final EntityManager em;
    private final Clock clock;
    private final ApprovalConfig config;
    private final TaskRepository tasks;
    private final DelegationsInForce inForce;

    public DelegationService(DelegationRepository delegations, AuditTrail audit, EntityManager em, Clock clock,
                             ApprovalConfig config, TaskRepository tasks, DelegationsInForce inForce) {
        this.delegations = delegations;
        this.inForce = inForce;
        this.tasks = tasks;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Delegation give(Actor delegator, String delegate, String role, Instant from, Instant until, String reason) {
        Instant now = clock.instant();
        if (!delegator.holds(role) && receivedNow(delegator).stream().anyMatch(d -> d.role().equals(role))) {
            throw RuleViolation.notPermitted("no-re-delegation", "No re-delegation",
                    "You hold role " + role + " only as a delegate; a delegated role is not passed on. Ask the "
                            + "delegator to delegate it directly.");
        }
        Delegation delegation = Delegation.give(delegator, delegate, role, from, until, reason, now,
                config.delegation().maxPeriod());
        // One delegator's delegations are given one at a time, so two overlapping ones cannot both pass the check.
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(2, hashtext(:who))")
                .setParameter("who", delegator.username()).getSingleResult();
        delegations.notOverOf(delegator.username(), role, now).stream()
                .filter(existing -> existing.overlaps(delegation.validFrom(), delegation.validUntil()))
                .findFirst().ifPresent(existing -> {
                    throw RuleViolation.conflict("overlapping-delegation", "Overlapping delegation",
                            "You already delegated role " + role + " to " + existing.delegate() + " from "
                                    + existing.validFrom() + " until " + existing.validUntil()
                                    + "; end that delegation first (DELETE /delegations/" + existing.id() + ").")
                            .with("delegationId", existing.id());
                });
        delegations.persist(delegation);
        if (delegation.activeAt(now)) {
            // Whoever hands over their role hands over the tasks they were on.
            tasks.handOverClaims(delegator.username(), delegation.delegate(), role, now);
        }
        audit.append(AuditEvent.of(delegation, CaseEventType.DELEGATION_GIVEN, delegator.username(),
                delegator.username() + " delegated role " + delegation.role() + " to " + delegation.delegate() + " from "
                        + delegation.validFrom() + " until " + delegation.validUntil() + " (delegation "
                        + delegation.id() + "): " + delegation.reason()));
        forgetInForce();
        return delegation;
    }

    /** Ends a delegation at once: its delegator withdraws it, or its delegate declines it. */
    @Transactional
    public Delegation end(UUID id, Actor by) {
        Delegation delegation = delegations.findForUpdate(id).orElse(null);
        if (delegation == null || !delegation.involves(by.username())) {
            throw RuleViolation.notFound("Delegation", id);
        }
        delegation.end(by.username(), clock.instant());
        forgetInForce();
        audit.append(AuditEvent.of(delegation, CaseEventType.DELEGATION_ENDED, by.username(),
                by.username() + " ended delegation " + delegation.id() + " of role " + delegation.role() + " from "
                        + delegation.delegator() + " to " + delegation.delegate()));
        return delegation;
    }

    private void forgetInForce() {
        if (Arc.container().requestContext().isActive()) {
            inForce.forget();
        }
    }

    /** One page of the delegations a person gave or received, newest first; an auditor sees everyone's. */
    public DelegationPage visibleTo(Actor viewer, int page, int size) {
        var found = delegations.newestFirst(viewer.holds(Roles.AUDITOR) ? null : viewer.username());
        return new DelegationPage(found.page(Page.of(page, size)).list(), found.count(), clock.instant());
    }

    public Delegation get(UUID id, Actor viewer) {
        Delegation delegation = delegations.findById(id);
        if (delegation == null || !(viewer.holds(Roles.AUDITOR) || delegation.involves(viewer.username()))) {
            throw RuleViolation.notFound("Delegation", id);
        }
        return delegation;
    }

    /** Delegations in force for this person now, within their own organisation (a delegate elsewhere gets nothing). */
    public List<Delegation> receivedNow(Actor actor) {
        if (actor.organisation() == null) {
            return List.of();
        }
        Supplier<List<Delegation>> read = () -> delegations.activeFor(actor.username(), actor.organisation(),
                clock.instant());
        return Arc.container().requestContext().isActive()
                ? inForce.of(actor.username() + "/" + actor.organisation(), read) : read.get();
    }

    /** The person acting for each delegator who handed them this role, oldest delegation first. */
    public List<Actor> actingAs(Actor actor, String role) {
        return receivedNow(actor).stream().filter(d -> d.role().equals(role)).map(actor::actingFor).toList();
    }

    /** The person with the roles delegated to them now added, for reading the cases those roles see. */
    public Actor reader(Actor actor) {
        Set<String> delegated = receivedNow(actor).stream().map(Delegation::role).collect(Collectors.toSet());
        return delegated.isEmpty() ? actor : actor.withReadingRoles(delegated);
    }
}
