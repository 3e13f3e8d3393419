package org.procurement.approval.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** The result of recomputing the audit chain: intact, or the first link that does not hold and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(boolean intact, long entriesChecked, String lastHash, BrokenLink firstBrokenLink) {

    public record BrokenLink(long seq, UUID id, Instant occurredAt, String type, String problem) {
    }
}
