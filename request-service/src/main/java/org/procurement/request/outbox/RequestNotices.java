package org.procurement.request.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.outbox.Notice;
import org.procurement.outbox.Outbox;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;
import org.procurement.support.security.Roles;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells people by mail, through the outbox, what became of a request: its submitter when it is returned or decided,
 * when its approved quantities cannot be reserved and when they finally are; the catalogue admins when it waits for
 * stock. One notice per request, round and occasion (its id derives from them), so nothing is mailed twice.
 */
@ApplicationScoped
public class RequestNotices {

    private final Outbox outbox;

    public RequestNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(Request request) {
        RequestStatus outcome = request.status();
        boolean returned = outcome == RequestStatus.RETURNED;
        String subject = "[" + request.reference() + "] " + (returned ? "Returned for amendment" : switch (outcome) {
            case APPROVED -> "Approved";
            case APPROVED_WITH_CONDITIONS -> "Approved with conditions";
            case REJECTED -> "Rejected";
            default -> outcome.name();
        }) + ": " + request.title();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.id().toString());
        data.put("reference", request.reference());
        data.put("title", request.title());
        data.put("round", request.round());
        data.put("outcome", outcome.name());
        data.put("conditions", request.conditions() == null ? "" : request.conditions());
        data.put("reason", request.statusReason() == null ? "" : request.statusReason());
        outbox.notify(id("decided", request, outcome.name()), request.id().toString(),
                Notice.toPerson(request.submittedBy(), returned ? "request-returned" : "request-decided", subject, data));
    }

    /** The catalogue could not reserve the approved quantities: the submitter and the catalogue admins are told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingStock(Request request, String why) {
        Map<String, Object> data = facts(request);
        data.put("why", why);
        data.put("lines", request.lines().stream().map(line -> (line.snapshot() == null ? line.itemId().toString()
                : line.snapshot().sku() + " " + line.snapshot().designation()) + " x " + line.quantity()).toList());
        String subject = "[" + request.reference() + "] Approved, waiting for stock: " + request.title();
        outbox.notify(id("awaiting-stock", request, "submitter"), request.id().toString(),
                Notice.toPerson(request.submittedBy(), "reservation-failed", subject, data));
        outbox.notify(id("awaiting-stock", request, "catalog-admin"), request.id().toString(),
                Notice.toRole(Roles.CATALOG_ADMIN, null, "stock-needed", subject, data));
    }

    /** The quantities were reserved after waiting: the submitter is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserved(Request request) {
        String subject = "[" + request.reference() + "] Reserved: " + request.title();
        outbox.notify(id("reserved", request, "submitter"), request.id().toString(),
                Notice.toPerson(request.submittedBy(), "stock-reserved", subject, facts(request)));
    }

    private static Map<String, Object> facts(Request request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.id().toString());
        data.put("reference", request.reference());
        data.put("title", request.title());
        data.put("organisation", request.organisation());
        data.put("round", request.round());
        return data;
    }

    /** One notice per request, round and occasion. Waiting for stock more than once in a round is told once. */
    private static UUID id(String occasion, Request request, String detail) {
        return UUID.nameUUIDFromBytes((occasion + "/" + request.id() + "/" + request.round() + "/" + detail)
                .getBytes(StandardCharsets.UTF_8));
    }
}
