package org.procurement.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored approval cases, with their stages. */
@ApplicationScoped
public class ApprovalCaseRepository implements PanacheRepositoryBase<ApprovalCase, UUID> {

    /** The case opened for one submission round of a request, if any. */
    public Optional<ApprovalCase> findByRequestRound(UUID requestId, int round) {
        return find("requestId = ?1 and round = ?2", requestId, round).firstResultOptional();
    }

    /** The case with its row locked until the transaction ends: decisions on one case queue, one after another. */
    public Optional<ApprovalCase> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The case of one round of a request, or of its latest round when none is named; its row locked. */
    public Optional<ApprovalCase> findRoundForUpdate(UUID requestId, Integer round) {
        var query = round == null
                ? find("requestId = ?1 order by round desc", requestId)
                : find("requestId = ?1 and round = ?2", requestId, round);
        return query.withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Cases matching a JPQL condition on {@link ApprovalCase}, newest first; the caller pages. */
    public PanacheQuery<ApprovalCase> newestFirst(String condition, Object... parameters) {
        return find(condition + " order by openedAt desc, id", parameters);
    }

    /** The most recently opened cases, newest first. */
    public List<ApprovalCase> latest(int count) {
        return find("order by openedAt desc, id").page(0, count).list();
    }

    /** Open stages of open cases that wait for one of these roles, soonest due first. */
    public List<CaseStage> openStagesFor(Collection<String> roles) {
        return getEntityManager().createQuery("select s from CaseStage s join fetch s.approvalCase c "
                        + "where s.status = ?1 and c.status = ?2 and s.role in ?3 order by s.dueAt, c.reference",
                CaseStage.class)
                .setParameter(1, StageStatus.OPEN).setParameter(2, CaseStatus.OPEN).setParameter(3, roles)
                .getResultList();
    }
}
