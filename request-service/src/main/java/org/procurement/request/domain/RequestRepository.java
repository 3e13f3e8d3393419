package org.procurement.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Stored requests. */
@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<Request, java.util.UUID> {

    public Optional<Request> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * The request with its row locked until the transaction ends. Used where a person's action (withdrawal) and
     * approval-service's events can land at the same moment: they queue on the row instead of one of them failing
     * on a stale version. The row is locked before the request is loaded: Hibernate's own lock on this entity
     * (which fetches its lines by an outer join) is a second statement after the load, and would leave the
     * request as it was before the lock was granted.
     */
    public Optional<Request> findForUpdate(java.util.UUID id) {
        getEntityManager().createNativeQuery("SELECT 1 FROM procurement_request WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, id).getResultList();
        return findByIdOptional(id);
    }

    /** The next reference number; a sequence, so concurrent creations never collide. */
    public long nextReferenceNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('request_reference_seq')")
                .getSingleResult()).longValue();
    }
}
