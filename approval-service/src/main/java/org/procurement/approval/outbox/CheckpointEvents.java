package org.procurement.approval.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.procurement.outbox.Outbox;
import org.procurement.support.audit.SignedCheckpoint;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends each signed checkpoint to request-service, in the transaction that signs it, so that a copy of the chain's
 * head is kept where this service's database credentials cannot reach. Delivered in order, until acknowledged.
 */
@ApplicationScoped
public class CheckpointEvents {

    static final String PATH = "/internal/audit-checkpoints";
    /** One ordering key for all checkpoints: they arrive in the order they were signed. */
    static final String AGGREGATE = "audit-checkpoints";

    private final Outbox outbox;

    public CheckpointEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void signed(SignedCheckpoint checkpoint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", checkpoint.seq());
        body.put("hash", checkpoint.hash());
        body.put("createdAt", checkpoint.createdAt().toString());
        body.put("keyId", checkpoint.keyId());
        body.put("signature", checkpoint.signature());
        // request-service is idempotent on seq; the message id follows it too.
        UUID id = UUID.nameUUIDFromBytes(("audit-checkpoint-" + checkpoint.seq()).getBytes(StandardCharsets.UTF_8));
        outbox.enqueue(id, RequestEvents.DESTINATION, "POST", PATH, AGGREGATE, body);
    }
}
