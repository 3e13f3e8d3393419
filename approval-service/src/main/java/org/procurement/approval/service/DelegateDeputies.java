package org.procurement.approval.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.approval.domain.DelegationRepository;
import org.procurement.outbox.Deputies;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/** A role's notices also reach whoever holds it by delegation now (the outbox asks when it expands a notice). */
@ApplicationScoped
public class DelegateDeputies implements Deputies {

    private final DelegationRepository delegations;
    private final Clock clock;

    public DelegateDeputies(DelegationRepository delegations, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
    }

    /**
     * Called by the outbox relay, outside any request, on a thread that may still carry the context of the
     * transaction whose commit woke the relay: reads in a short transaction of its own.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> of(String role, Collection<String> holders) {
        return delegations.actingFor(role, holders, clock.instant());
    }
}
