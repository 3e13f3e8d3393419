package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;

import java.time.Instant;
import java.util.Optional;

/** Reservations by their reference. */
@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, String> {

    /**
     * Claims a reference for a new reservation; false when it is already taken. A concurrent call with the same
     * reference waits here until the first one's transaction ends.
     */
    public boolean claim(String reference, String by, Instant at) {
        return getEntityManager().createNativeQuery("""
                        insert into reservation (reference, status, created_by, created_at)
                        values (:reference, 'ACTIVE', :by, :at) on conflict (reference) do nothing""")
                .setParameter("reference", reference).setParameter("by", by).setParameter("at", at)
                .executeUpdate() == 1;
    }

    /** The reservation with its lines, its row locked. */
    public Optional<Reservation> findForUpdate(String reference) {
        Reservation reservation = findById(reference, LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null) {
            Hibernate.initialize(reservation.lines());
        }
        return Optional.ofNullable(reservation);
    }

    /** The reservation with its lines. */
    public Optional<Reservation> findWithLines(String reference) {
        Reservation reservation = findById(reference);
        if (reservation != null) {
            Hibernate.initialize(reservation.lines());
        }
        return Optional.ofNullable(reservation);
    }
}
