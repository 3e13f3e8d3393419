package org.procurement.approval.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The result of recomputing the audit chain: intact, or the first link that does not hold and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The result of recomputing the audit chain: intact, or the first link that does not hold and why.")
public record ChainReport(
        @Schema(description = "Whether every entry's hash and link to the one before it hold.", example = "true")
        boolean intact,
        @Schema(description = "Entries recomputed.", example = "1284") long entriesChecked,
        @Schema(description = "Hash (SHA-256, hex) of the last entry that holds; keep it to prove later that "
                + "nothing up to it changed.", example = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d")
        String lastHash,
        @Schema(description = "Present only when `intact` is false.") BrokenLink firstBrokenLink) {

    @Schema(description = "The first entry whose hash or link does not hold.")
    public record BrokenLink(@Schema(description = "Position in the chain.", example = "42") long seq,
                             UUID id,
                             Instant occurredAt,
                             @Schema(example = "DECISION") String type,
                             @Schema(description = "What does not hold.",
                                     example = "its content no longer matches its hash") String problem) {
    }
}
