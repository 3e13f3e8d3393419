package org.procurement.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Policy proposals, decided or not. */
@ApplicationScoped
public class PolicyProposalRepository implements PanacheRepositoryBase<PolicyProposal, UUID> {

    /** Newest first; all of them, or those with one status. */
    public List<PolicyProposal> newestFirst(ProposalStatus status) {
        return status == null ? list("order by proposedAt desc, id")
                : list("status = ?1 order by proposedAt desc, id", status);
    }

    /** The proposal with its row locked: two authorizers deciding it at once queue, and the second sees it decided. */
    public Optional<PolicyProposal> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }
}
