package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.AuditCheckpointCopy;
import org.procurement.support.audit.SignedCheckpoint;

import java.time.Instant;

/** A kept copy of one of approval-service's signed audit checkpoints. */
@Schema(name = "AuditCheckpointCopy", description = "A copy of approval-service's signed audit checkpoint, as kept here.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckpointCopyView(
        @Schema(example = "1284") long seq,
        @Schema(example = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d") String hash,
        @Schema(example = "2026-11-30T10:15:00Z") Instant createdAt,
        @Schema(example = "ed25519:9f2c4e1a7b3d5c60") String keyId,
        String signature,
        @Schema(description = "When this service received it.", example = "2026-11-30T10:15:01Z") Instant receivedAt) {

    static CheckpointCopyView of(AuditCheckpointCopy copy) {
        SignedCheckpoint checkpoint = copy.checkpoint();
        return new CheckpointCopyView(checkpoint.seq(), checkpoint.hash(), checkpoint.createdAt(), checkpoint.keyId(),
                checkpoint.signature(), copy.receivedAt());
    }
}
