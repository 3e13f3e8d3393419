package org.procurement.request.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.outbox.OutboxMessage;
import org.procurement.outbox.OutboxOutcomes;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestRepository;
import org.procurement.request.service.RequestStore;

import java.time.Clock;
import java.util.UUID;

/**
 * What the catalogue's answer to a reservation means for the request, applied in the transaction that marks the
 * outbox message: a refusal for want of stock (409) makes an approved request wait for stock (its submitter and the
 * catalogue admins are told); an accepted reservation of a waiting request makes it approved again.
 */
@ApplicationScoped
public class ReservationOutcomes implements OutboxOutcomes {

    private final RequestRepository requests;
    private final RequestStore store;
    private final RequestNotices notices;
    private final ObjectMapper json;
    private final Clock clock;

    public ReservationOutcomes(RequestRepository requests, RequestStore store, RequestNotices notices,
                               ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.notices = notices;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void delivered(OutboxMessage message) {
        if (isReservation(message)) {
            requests.findForUpdate(UUID.fromString(message.aggregateId())).filter(r -> r.stockReserved(clock.instant()))
                    .ifPresent(request -> {
                        store.save(request);
                        notices.reserved(request);
                    });
        }
    }

    @Override
    public void refused(OutboxMessage message, int status, String body) {
        if (isReservation(message) && status == 409) {
            String why = why(body);
            requests.findForUpdate(UUID.fromString(message.aggregateId()))
                    .filter(r -> r.awaitStock(why, clock.instant()))
                    .ifPresent(request -> {
                        store.save(request);
                        notices.awaitingStock(request, why);
                    });
        }
    }

    private static boolean isReservation(OutboxMessage message) {
        return NeighbourEvents.CATALOG.equals(message.destination()) && "POST".equals(message.method())
                && NeighbourEvents.RESERVATIONS.equals(message.path());
    }

    /** The catalogue's problem: its detail and each short line, as people can read them. */
    private String why(String body) {
        try {
            JsonNode problem = json.readTree(body == null ? "" : body);
            StringBuilder why = new StringBuilder(problem.path("detail").asText("Not enough in stock."));
            problem.path("violations").forEach(v -> why.append(" ").append(v.path("field").asText()).append(" ")
                    .append(v.path("message").asText()).append("."));
            return why.length() > 1000 ? why.substring(0, 1000) : why.toString();
        } catch (Exception e) {
            return "Not enough in stock.";
        }
    }
}
