package org.procurement.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Records an event in the same transaction as the change it announces, so that both commit or neither does.
 * The relay delivers it after commit; the receiver deduplicates on the event id.
 */
@ApplicationScoped
public class Outbox {

    /** Destination of notices: expanded into one mail per person by {@link NoticeDelivery}. */
    public static final String NOTICES = "notices";
    /** Destination of single mails: sent over SMTP by {@link MailDelivery}. */
    public static final String SMTP = "smtp";

    private final OutboxStore store;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(OutboxStore store, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.store = store;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Enqueues {@code method path} with a JSON body to {@code destination}. Events with the same aggregate id
     * are delivered in the order they were enqueued.
     *
     * @param eventId the id the receiver deduplicates on (usually also inside the payload)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID eventId, String destination, String method, String path, String aggregateId, Object payload) {
        MessageContext context = MessageContext.current();
        store.insert(new OutboxMessage(eventId, destination, method, path, aggregateId, toJson(payload), 0, null,
                context.correlationId(), context.traceparent()));
        // Deliver right after commit instead of waiting for the next poll: keeps the flow fast.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.kick();
                }
            }
        });
    }

    /**
     * Enqueues a notice: after commit its people are looked up and each gets one mail. Notices of one subject
     * ({@code aggregateId}) are expanded in order, apart from the subject's other events, so that a directory or
     * mail server outage never holds them up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(UUID noticeId, String aggregateId, Notice notice) {
        enqueue(noticeId, NOTICES, "NOTIFY", "notice", "notice/" + aggregateId, notice);
    }

    private String toJson(Object payload) {
        if (payload == null) {
            return null;
        }
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbox payload cannot be written as JSON", e);
        }
    }
}
