package org.procurement.request.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.outbox.Notice;
import org.procurement.outbox.Outbox;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestStatus;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a request's submitter by mail, through the outbox, what became of it: returned for amendment, or decided.
 * One notice per request, round and outcome (its id derives from them), so a decision is mailed once.
 */
@ApplicationScoped
public class SubmitterNotices {

    private final Outbox outbox;

    public SubmitterNotices(Outbox outbox) {
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
        UUID id = UUID.nameUUIDFromBytes(("decided/" + request.id() + "/" + request.round() + "/" + outcome)
                .getBytes(StandardCharsets.UTF_8));
        outbox.notify(id, request.id().toString(), Notice.toPerson(request.submittedBy(),
                returned ? "request-returned" : "request-decided", subject, data));
    }
}
