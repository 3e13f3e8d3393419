package org.procurement.approval.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.outbox.Outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Announces case events to request-service in the caller's transaction, in the shape docs/contracts.md fixes.
 * The outbox relay delivers them after commit, in order per request, until request-service acknowledges.
 */
@ApplicationScoped
public class RequestEvents {

    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String STAGES_OPENED = "STAGES_OPENED";
    static final String DESTINATION = "request";

    private final Outbox outbox;

    public RequestEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(ApprovalCase c, Instant now) {
        send(c, withOpenStages(CASE_OPENED, c, now));
    }

    /** Later stages opened (the earlier ones completed): the stages the case now waits for, so the ministry sees them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stagesOpened(ApprovalCase c, Instant now) {
        send(c, withOpenStages(STAGES_OPENED, c, now));
    }

    private static Map<String, Object> withOpenStages(String type, ApprovalCase c, Instant now) {
        Map<String, Object> event = start(type, c);
        event.put("occurredAt", now.toString());
        event.put("actor", null);
        event.put("stages", openStages(c));
        return event;
    }

    /** Key, title, role and due time of each open stage: what the ministry may know, no official's name. */
    private static List<Map<String, Object>> openStages(ApprovalCase c) {
        return c.stages().stream().filter(CaseStage::isOpen).map(stage -> {
            Map<String, Object> open = new LinkedHashMap<>();
            open.put("key", stage.key());
            open.put("title", stage.title());
            open.put("role", stage.role());
            open.put("dueAt", stage.dueAt().toString());
            return open;
        }).toList();
    }

    /** Only the four outcomes request-service knows; a cancellation came from request-service itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(ApprovalCase c, Instant now) {
        Map<String, Object> event = start(CASE_CLOSED, c);
        event.put("outcome", c.status().name());
        event.put("conditions", c.conditions());
        event.put("reason", c.reason());
        event.put("actor", c.closedBy());
        event.put("occurredAt", now.toString());
        send(c, event);
    }

    private static Map<String, Object> start(String type, ApprovalCase c) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("round", c.round());
        event.put("caseId", c.id().toString());
        return event;
    }

    private void send(ApprovalCase c, Map<String, Object> event) {
        outbox.enqueue(UUID.fromString((String) event.get("eventId")), DESTINATION, "POST",
                "/internal/requests/" + c.requestId() + "/events", c.requestId().toString(), event);
    }
}
