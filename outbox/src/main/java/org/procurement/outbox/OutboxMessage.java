package org.procurement.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be delivered: an HTTP call to a destination service, identified by its event id, with the
 * correlation id and trace context of the work that wrote it ({@code traceparent} is null when tracing was off).
 */
public record OutboxMessage(UUID id, String destination, String method, String path, String aggregateId,
                            String payload, int attempts, Instant createdAt, String correlationId,
                            String traceparent) {
}
