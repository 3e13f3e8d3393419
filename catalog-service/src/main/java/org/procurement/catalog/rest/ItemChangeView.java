package org.procurement.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.ControlLowering;
import org.procurement.catalog.domain.ItemChange;
import org.procurement.catalog.domain.ItemChangeStatus;
import org.procurement.catalog.domain.ItemDetails;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A change that lowers export control, and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A change of an item that lowers export control: it applies only once a different "
        + "catalog-admin confirms it, and expires if nobody does.")
public record ItemChangeView(
        UUID id,
        UUID itemId,
        @Schema(example = "PENDING") ItemChangeStatus status,
        @Schema(example = "admin") String proposedBy,
        Instant proposedAt,
        @Schema(description = "After this, the change can no longer be confirmed.") Instant expiresAt,
        @Schema(description = "Who confirmed or withdrew it.", example = "jisoo") String decidedBy,
        Instant decidedAt,
        @Schema(description = "The item's version (ETag) the change was proposed against; it is refused if the item "
                + "changed since.", example = "3") long itemVersion,
        @Schema(description = "Each fact the change lowers: field, before, after and why that lowers control.")
        List<ControlLowering.Lowered> lowers,
        @Schema(description = "The item's facts as the change would leave them.") ItemDetails proposed) {

    static ItemChangeView of(ItemChange change, Instant now) {
        return new ItemChangeView(change.id(), change.itemId(), change.statusAt(now), change.proposedBy(), change.proposedAt(),
                change.expiresAt(), change.decidedBy(), change.decidedAt(), change.itemVersion(), change.lowers(), change.proposed());
    }
}
