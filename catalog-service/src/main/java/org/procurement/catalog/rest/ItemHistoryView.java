package org.procurement.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.FieldChange;
import org.procurement.catalog.domain.ItemHistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One applied change of an item. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One applied change of an item: what happened, who did it, when, and each field before and after.")
public record ItemHistoryView(
        @Schema(description = "CREATED, REVISED, WITHDRAWN, or CONFIRMED (a change that lowered control, applied by "
                + "a second administrator).", example = "REVISED") ItemHistoryEntry.Kind kind,
        @Schema(description = "Who applied it (for CONFIRMED: who confirmed).", example = "jisoo") String changedBy,
        Instant changedAt,
        @Schema(description = "For CONFIRMED: who proposed the change.", example = "admin") String proposedBy,
        @Schema(description = "For CONFIRMED: the pending change it came from.") UUID changeId,
        @Schema(description = "Each field that changed, with its value before (absent at creation) and after.")
        List<FieldChange> fields) {

    static ItemHistoryView of(ItemHistoryEntry entry) {
        return new ItemHistoryView(entry.kind(), entry.changedBy(), entry.changedAt(), entry.proposedBy(), entry.changeId(),
                entry.fields());
    }
}
