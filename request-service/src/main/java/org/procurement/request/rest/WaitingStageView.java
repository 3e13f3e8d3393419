package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.WaitingStage;

import java.time.Instant;

/** A stage the request waits for in approval-service, and when it is due. */
@Schema(description = "A stage of the approval case open now, and when it is due.")
public record WaitingStageView(
        @Schema(example = "export-control") String key,
        @Schema(example = "Export control") String title,
        @Schema(description = "The supplier's office that decides it.", example = "export-control") String role,
        @Schema(example = "2026-12-07T10:00:00Z") Instant dueAt) {

    static WaitingStageView of(WaitingStage stage) {
        return new WaitingStageView(stage.key(), stage.title(), stage.role(), stage.dueAt());
    }
}
