package org.procurement.request.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.procurement.outbox.Outbox;
import org.procurement.request.client.Cancellation;
import org.procurement.request.domain.EndUserCertificate;
import org.procurement.request.domain.LineItem;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestDocument;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.service.RequestEvents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells approval-service and catalog-service what happened to a request, through the outbox: written in the
 * transaction of the change, delivered after commit with retries, in order per request (docs/contracts.md).
 */
@ApplicationScoped
public class NeighbourEvents implements RequestEvents {

    static final String APPROVAL = "approval";
    static final String CATALOG = "catalog";
    public static final String RESERVATIONS = "/catalog/reservations";

    private final Outbox outbox;
    private final EntityManager em;

    public NeighbourEvents(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    @Override
    public void submitted(Request request, List<RequestDocument> documents) {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> openCase = new LinkedHashMap<>();
        openCase.put("eventId", eventId);
        openCase.put("requestId", request.id());
        openCase.put("round", request.round());
        openCase.put("reference", request.reference());
        openCase.put("organisation", request.organisation());
        openCase.put("submittedBy", request.submittedBy());
        openCase.put("submittedAt", request.submittedAt());
        openCase.put("title", request.title());
        openCase.put("priority", request.priority());
        openCase.put("destinationCountry", request.destination().country());
        openCase.put("destinationLocation", request.destination().location());
        openCase.put("neededBy", request.neededBy());
        openCase.put("financingMethod", request.financingMethod());
        openCase.put("endUserCertificate", certificate(request.endUserCertificate()));
        openCase.put("lines", request.lines().stream().map(NeighbourEvents::line).toList());
        openCase.put("total", request.total());
        openCase.put("currency", request.currency());
        openCase.put("documents", documents.stream().map(NeighbourEvents::document).toList());
        send(eventId, APPROVAL, "POST", "/internal/cases", request, openCase);
    }

    @Override
    public void withdrawn(Request request, RequestStatus from, String reason, String actor) {
        if (from == RequestStatus.SUBMITTED || from == RequestStatus.IN_REVIEW) {
            Cancellation cancellation = Cancellation.of(request, reason, actor);
            send(cancellation.eventId(), APPROVAL, "POST", "/internal/cases/cancellations", request, cancellation);
        } else if (from == RequestStatus.APPROVED || from == RequestStatus.APPROVED_WITH_CONDITIONS
                || from == RequestStatus.APPROVED_AWAITING_STOCK) {
            // Waiting for stock nothing is held, unless a retry is on its way: the release follows it, in order.
            send(UUID.randomUUID(), CATALOG, "DELETE", "/catalog/reservations/" + request.reference(), request, null);
        }
    }

    @Override
    public void decided(Request request) {
        if (request.status() != RequestStatus.APPROVED && request.status() != RequestStatus.APPROVED_WITH_CONDITIONS) {
            return;
        }
        reserve(request);
    }

    @Override
    public void reserveAgain(Request request) {
        reserve(request);
    }

    @Override
    public boolean reservationOnItsWay(Request request) {
        Number pending = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_message
                         WHERE aggregate_id = :request AND method = 'POST' AND path = :path
                           AND delivered_at IS NULL AND dead_at IS NULL""")
                .setParameter("request", request.id().toString()).setParameter("path", RESERVATIONS)
                .getSingleResult();
        return pending.longValue() > 0;
    }

    /** The catalogue refuses it with 409 when the stock is short: {@code ReservationOutcomes} then takes over. */
    private void reserve(Request request) {
        UUID eventId = UUID.randomUUID();
        List<Map<String, Object>> lines = request.lines().stream()
                .map(line -> Map.<String, Object>of("itemId", line.itemId(), "quantity", line.quantity()))
                .toList();
        send(eventId, CATALOG, "POST", RESERVATIONS, request,
                Map.of("reference", request.reference(), "lines", lines));
    }

    /** Every event of a request shares its aggregate id, so the relay delivers them in the order they happened. */
    private void send(UUID eventId, String destination, String method, String path, Request request, Object body) {
        outbox.enqueue(eventId, destination, method, path, request.id().toString(), body);
    }

    private static Map<String, Object> certificate(EndUserCertificate certificate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", certificate.number());
        out.put("issuingAuthority", certificate.issuingAuthority());
        out.put("issueDate", certificate.issueDate());
        out.put("signatory", certificate.signatory());
        out.put("endUser", certificate.endUser());
        out.put("noReExportUndertaking", certificate.noReExportUndertaking());
        return out;
    }

    private static Map<String, Object> document(RequestDocument document) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", document.id());
        described.put("kind", document.kind());
        described.put("fileName", document.fileName());
        described.put("mediaType", document.mediaType());
        described.put("size", document.size());
        described.put("sha256", document.sha256());
        return described;
    }

    private static Map<String, Object> line(LineItem line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("itemId", line.itemId());
        out.put("sku", line.snapshot().sku());
        out.put("designation", line.snapshot().designation());
        out.put("quantity", line.quantity());
        out.put("unitPrice", line.snapshot().unitPrice());
        out.put("currency", line.snapshot().currency());
        out.put("lineTotal", line.lineTotal());
        out.put("lethal", line.snapshot().lethal());
        out.put("majorDefenseEquipment", line.snapshot().majorDefenseEquipment());
        out.put("mlCode", line.snapshot().mlCode());
        return out;
    }
}
