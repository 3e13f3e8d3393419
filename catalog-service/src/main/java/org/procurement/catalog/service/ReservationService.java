package org.procurement.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.Reservation;
import org.procurement.catalog.domain.ReservationLine;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds quantities for a request reference: all lines or none, never below zero, and the same answer for a
 * retry of the same reference. Concurrent callers serialise on the reference's row and on each item's row.
 */
@ApplicationScoped
public class ReservationService {

    private final EntityManager em;
    private final Clock clock;

    public ReservationService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Outcome(Reservation reservation, boolean created) {
    }

    @Transactional
    public Outcome reserve(String reference, List<ReservationLine.Wanted> wanted, String by) {
        // Claim the reference first: a concurrent call with the same reference waits here until this one ends.
        int claimed = em.createNativeQuery("""
                        insert into reservation (reference, status, created_by, created_at)
                        values (:reference, 'ACTIVE', :by, :at) on conflict (reference) do nothing""")
                .setParameter("reference", reference).setParameter("by", by)
                .setParameter("at", clock.instant())
                .executeUpdate();
        Reservation reservation = em.find(Reservation.class, reference, LockModeType.PESSIMISTIC_WRITE);
        Hibernate.initialize(reservation.lines);
        if (claimed == 0) {
            if (!reservation.holdsSameLinesAs(wanted)) {
                throw ProblemException.conflict("reservation-conflict", "Reservation conflict",
                        "Reference " + reference + " already holds other quantities; a reference reserves one set of lines.");
            }
            if (reservation.isReleased()) {
                throw ProblemException.conflict("reservation-released", "Reservation released",
                        "The reservation for " + reference + " was released; use a new reference to reserve again.");
            }
            return new Outcome(reservation, false);
        }
        Map<UUID, CatalogItem> items = lockItems(wanted);
        List<Problem.Violation> shortages = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReservationLine.Wanted line = wanted.get(i);
            CatalogItem item = items.get(line.itemId());
            String field = "lines[" + i + "].quantity";
            if (item == null) {
                shortages.add(new Problem.Violation("lines[" + i + "].itemId", "names no catalogue item"));
            } else if (!item.isRequestable()) {
                shortages.add(new Problem.Violation("lines[" + i + "].itemId", item.sku + " is withdrawn"));
            } else if (!item.canSupply(line.quantity())) {
                shortages.add(new Problem.Violation(field, "asks for " + line.quantity() + " of " + item.sku
                        + " but only " + item.availableQuantity + " are available"));
            } else {
                item.reserve(line.quantity());
            }
        }
        if (!shortages.isEmpty()) {
            throw new ProblemException(409, "insufficient-quantity", "Insufficient quantity",
                    "Nothing was reserved for " + reference + ": " + shortages.size() + " line(s) cannot be met.", shortages);
        }
        for (int i = 0; i < wanted.size(); i++) {
            ReservationLine line = new ReservationLine();
            line.reservation = reservation;
            line.position = i;
            line.itemId = wanted.get(i).itemId();
            line.sku = items.get(line.itemId).sku;
            line.quantity = wanted.get(i).quantity();
            reservation.lines.add(line);
            em.persist(line);
        }
        em.flush();
        return new Outcome(reservation, true);
    }

    /** Gives the quantities back; releasing an unknown or released reference changes nothing. */
    @Transactional
    public void release(String reference) {
        Reservation reservation = em.find(Reservation.class, reference, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || reservation.isReleased()) {
            return;
        }
        List<ReservationLine.Wanted> held = reservation.lines.stream()
                .map(line -> new ReservationLine.Wanted(line.itemId, line.quantity)).toList();
        Map<UUID, CatalogItem> items = lockItems(held);
        for (ReservationLine line : reservation.lines) {
            items.get(line.itemId).release(line.quantity);
        }
        reservation.release(clock.instant());
    }

    @Transactional
    public Reservation get(String reference) {
        Reservation reservation = em.find(Reservation.class, reference);
        if (reservation == null) {
            throw ProblemException.notFound("Reservation", reference);
        }
        Hibernate.initialize(reservation.lines);
        return reservation;
    }

    /** Locks the items in id order, the same order every caller uses, so that two reservations never deadlock. */
    private Map<UUID, CatalogItem> lockItems(List<ReservationLine.Wanted> lines) {
        List<UUID> ids = lines.stream().map(ReservationLine.Wanted::itemId).distinct().sorted(Comparator.naturalOrder())
                .toList();
        return em.createQuery("select i from CatalogItem i where i.id in :ids order by i.id", CatalogItem.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
    }
}
