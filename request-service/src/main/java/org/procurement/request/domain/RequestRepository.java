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

    /** The next reference number; a sequence, so concurrent creations never collide. */
    public long nextReferenceNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('request_reference_seq')")
                .getSingleResult()).longValue();
    }
}
