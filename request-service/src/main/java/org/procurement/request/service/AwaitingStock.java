package org.procurement.request.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.request.client.Catalogue;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.request.domain.LineItem;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestRepository;
import org.procurement.request.domain.RequestStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Approved requests waiting for stock ask the catalogue again once it has their quantities: on a timer, each waiting
 * request's items are looked up, and where every line can be met its reservation is sent again through the outbox
 * ({@code ReservationOutcomes} then makes it approved again, or keeps it waiting if someone was faster). Safe with
 * several replicas: the request's row is locked and a reservation already on its way is not sent twice.
 */
@ApplicationScoped
public class AwaitingStock {

    static final int BATCH = 50;

    private final RequestRepository requests;
    private final Catalogue catalogue;
    private final RequestEvents events;

    public AwaitingStock(RequestRepository requests, Catalogue catalogue, RequestEvents events) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.events = events;
    }

    @Scheduled(identity = "awaiting-stock", every = "${request.reservation.retry-interval}",
            delayed = "${request.reservation.retry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        retry();
    }

    /** Asks again for those whose stock is there now; returns how many reservations were sent. */
    public int retry() {
        List<Request> waiting = QuarkusTransaction.requiringNew().call(() -> requests
                .find("status", Sort.by("updatedAt").and("id"), RequestStatus.APPROVED_AWAITING_STOCK)
                .page(0, BATCH).list());
        int sent = 0;
        for (Request request : waiting) {
            Optional<Map<UUID, CatalogueEntry>> now = catalogue.preview(
                    request.lines().stream().map(LineItem::itemId).distinct().toList());
            if (now.isPresent() && canBeMet(request, now.get())) {
                sent += QuarkusTransaction.requiringNew().call(() -> reserveAgain(request.id())) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean reserveAgain(UUID id) {
        Request locked = requests.findForUpdate(id).orElse(null);
        if (locked == null || locked.status() != RequestStatus.APPROVED_AWAITING_STOCK
                || events.reservationOnItsWay(locked)) {
            return false;
        }
        events.reserveAgain(locked);
        return true;
    }

    /** Every item known, not withdrawn, with at least the quantity all the request's lines ask of it. */
    static boolean canBeMet(Request request, Map<UUID, CatalogueEntry> entries) {
        Map<UUID, Integer> wanted = new HashMap<>();
        request.lines().forEach(line -> wanted.merge(line.itemId(), line.quantity(), Integer::sum));
        return wanted.entrySet().stream().allMatch(want -> {
            CatalogueEntry entry = entries.get(want.getKey());
            return entry != null && !entry.withdrawn() && entry.availableQuantity() >= want.getValue();
        });
    }
}
