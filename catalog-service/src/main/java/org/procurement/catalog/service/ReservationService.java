package org.procurement.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.CatalogItemRepository;
import org.procurement.catalog.domain.Reservation;
import org.procurement.catalog.domain.ReservationLine;
import org.procurement.catalog.domain.ReservationRepository;
import org.procurement.support.problem.Problem;
import org.procurement.support.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Holds quantities for a request reference: all lines or none, never below zero, and the same answer for a
 * retry of the same reference. Concurrent callers serialise on the reference's row and on each item's row.
 */
@ApplicationScoped
public class ReservationService {

    private final ReservationRepository reservations;
    private final CatalogItemRepository items;
    private final Clock clock;

    public ReservationService(ReservationRepository reservations, CatalogItemRepository items, Clock clock) {
        this.reservations = reservations;
        this.items = items;
        this.clock = clock;
    }

    public record Outcome(Reservation reservation, boolean created) {
    }

    @Transactional
    public Outcome reserve(String reference, List<ReservationLine.Wanted> wanted, String by) {
        // Claim the reference first: a concurrent call with the same reference waits here until this one ends.
        boolean claimed = reservations.claim(reference, by, clock.instant());
        Reservation reservation = reservations.findForUpdate(reference).orElseThrow();
        if (!claimed) {
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
        Map<UUID, CatalogItem> locked = items.lockInIdOrder(wanted.stream().map(ReservationLine.Wanted::itemId).toList());
        List<Problem.Violation> shortages = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReservationLine.Wanted line = wanted.get(i);
            CatalogItem item = locked.get(line.itemId());
            String field = "lines[" + i + "].quantity";
            if (item == null) {
                shortages.add(new Problem.Violation("lines[" + i + "].itemId", "names no catalogue item"));
            } else if (!item.isRequestable()) {
                shortages.add(new Problem.Violation("lines[" + i + "].itemId", item.sku() + " is withdrawn"));
            } else if (!item.canSupply(line.quantity())) {
                shortages.add(new Problem.Violation(field, "asks for " + line.quantity() + " of " + item.sku()
                        + " but only " + item.availableQuantity() + " are available"));
            } else {
                item.reserve(line.quantity());
            }
        }
        if (!shortages.isEmpty()) {
            throw new ProblemException(409, "insufficient-quantity", "Insufficient quantity",
                    "Nothing was reserved for " + reference + ": " + shortages.size() + " line(s) cannot be met.", shortages);
        }
        for (ReservationLine.Wanted line : wanted) {
            reservations.getEntityManager().persist(
                    reservation.hold(line.itemId(), locked.get(line.itemId()).sku(), line.quantity()));
        }
        reservations.flush();
        return new Outcome(reservation, true);
    }

    /** Gives the quantities back; releasing an unknown or released reference changes nothing. */
    @Transactional
    public void release(String reference) {
        Reservation reservation = reservations.findForUpdate(reference).orElse(null);
        if (reservation == null || reservation.isReleased()) {
            return;
        }
        Map<UUID, CatalogItem> locked = items.lockInIdOrder(
                reservation.lines().stream().map(ReservationLine::itemId).toList());
        for (ReservationLine line : reservation.lines()) {
            locked.get(line.itemId()).release(line.quantity());
        }
        reservation.release(clock.instant());
    }

    @Transactional
    public Reservation get(String reference) {
        return reservations.findWithLines(reference)
                .orElseThrow(() -> ProblemException.notFound("Reservation", reference));
    }
}
