package org.procurement.approval.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.approval.domain.ApprovalCase;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes case events for request-service in the caller's transaction, in the shape docs/contracts.md fixes.
 * Delivery (a relay with retries) belongs to the lifecycle work; until then messages wait, undelivered.
 */
@ApplicationScoped
public class Outbox {

    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String CASE_CLOSED = "CASE_CLOSED";

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(ApprovalCase c, Instant now) {
        Map<String, Object> event = start(CASE_OPENED, c);
        event.put("occurredAt", now.toString());
        event.put("actor", null);
        enqueue(c, event, now);
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
        enqueue(c, event, now);
    }

    private static Map<String, Object> start(String type, ApprovalCase c) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("round", c.round());
        event.put("caseId", c.id().toString());
        return event;
    }

    private void enqueue(ApprovalCase c, Map<String, Object> event, Instant now) {
        try {
            new OutboxMessage(UUID.fromString((String) event.get("eventId")), c.requestId(), (String) event.get("type"),
                    mapper.writeValueAsString(event), now).persist();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
