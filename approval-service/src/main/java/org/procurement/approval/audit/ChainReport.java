package org.procurement.approval.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing the audit chain and comparing it with the newest signed checkpoint: intact, or the first
 * link that does not hold and why, and what the checkpoint shows (a missing tail, a changed head).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The result of recomputing the audit chain and comparing it with the newest signed checkpoint: "
        + "intact, or the first link that does not hold and why, and what the checkpoint shows.")
public record ChainReport(
        @Schema(description = "Whether every entry's hash and link to the one before it hold and the chain still "
                + "holds what the newest checkpoint signed.", example = "true")
        boolean intact,
        @Schema(description = "Entries recomputed.", example = "1284") long entriesChecked,
        @Schema(description = "Of those, entries hashed with a key (HMAC-SHA-256); the others are plain SHA-256 links "
                + "from before keys existed.", example = "1200") long keyedEntries,
        @Schema(description = "Hash (hex) of the last entry that holds; keep it to prove later that nothing up to it "
                + "changed.", example = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d")
        String lastHash,
        @Schema(description = "Present only when a link does not hold.") BrokenLink firstBrokenLink,
        @Schema(description = "The checkpoint the chain was compared with: request-service's copy when it can be "
                + "reached, otherwise the newest one kept here. Absent before the first checkpoint.")
        Checkpoint checkpoint,
        @Schema(description = "What limited the check, e.g. request-service could not be reached.")
        List<String> warnings) {

    @Schema(description = "The first entry whose hash or link does not hold.")
    public record BrokenLink(@Schema(description = "Position in the chain.", example = "42") long seq,
                             UUID id,
                             Instant occurredAt,
                             @Schema(example = "DECISION") String type,
                             @Schema(description = "What does not hold.",
                                     example = "its content no longer matches its hash") String problem) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A signed checkpoint: the chain's head (seq, hash) at a time, and whether the chain still "
            + "holds it.")
    public record Checkpoint(@Schema(description = "Position of the head entry it signed.", example = "1284") long seq,
                             @Schema(description = "That entry's hash.",
                                     example = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d")
                             String hash,
                             Instant createdAt,
                             @Schema(description = "Where it came from: request-service (its copy, out of reach of "
                                     + "this database) or local.", enumeration = {"request-service", "local"})
                             String source,
                             @Schema(description = "Whether its Ed25519 signature verifies with this service's key.")
                             boolean signatureValid,
                             @Schema(description = "Present only when the chain does not hold what it signed.",
                                     example = "entries 1282..1284 signed by the checkpoint of 2026-11-30T10:15:00Z "
                                             + "are missing: the chain ends at 1281")
                             String problem) {
    }
}
