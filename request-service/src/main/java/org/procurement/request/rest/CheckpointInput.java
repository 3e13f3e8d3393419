package org.procurement.request.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.support.audit.SignedCheckpoint;

import java.time.Instant;

/** A signed checkpoint of approval-service's audit chain, as its outbox sends it. */
@Schema(name = "AuditCheckpoint", description = "Internal: approval-service's signed statement that its audit chain "
        + "had this head entry at this time.")
public record CheckpointInput(
        @Schema(description = "Position of the head entry in approval-service's audit chain.", example = "1284")
        @NotNull @Positive Long seq,
        @Schema(description = "That entry's hash (hex).",
                example = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d")
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String hash,
        @Schema(description = "When approval-service signed it.", example = "2026-11-30T10:15:00Z")
        @NotNull Instant createdAt,
        @Schema(description = "Which signing key (ed25519: and 16 hex digits of its SHA-256).",
                example = "ed25519:9f2c4e1a7b3d5c60")
        @NotNull @Size(min = 1, max = 40) String keyId,
        @Schema(description = "Ed25519 signature (base64) of `procurement-audit-checkpoint|v1|<seq>|<hash>|<createdAt>|<keyId>`.",
                example = "m0Jd3kq9yB1q2k4t6n8p0r2t4v6x8z0B2D4F6H8J0L2N4P6R8T0V2X4Z6b8d0f2h4j6l8n0p2r4t6v8x0z2B4D6F8Hw==")
        @NotNull @Size(min = 1, max = 200) String signature) {

    SignedCheckpoint toCheckpoint() {
        return new SignedCheckpoint(seq, hash, createdAt, keyId, signature);
    }
}
