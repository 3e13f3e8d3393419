package org.procurement.approval.client;

import java.time.Instant;

/** request-service's copy of a checkpoint, as it answers GET /internal/audit-checkpoints/latest. */
record CheckpointCopy(long seq, String hash, Instant createdAt, String keyId, String signature, Instant receivedAt) {
}
