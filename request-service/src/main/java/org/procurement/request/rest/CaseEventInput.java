package org.procurement.request.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CaseOutcome;
import org.procurement.request.domain.WaitingStage;
import org.procurement.request.service.CaseEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** approval-service's case event, exactly as docs/contracts.md defines it. */
@Schema(name = "CaseEvent", description = "Internal: a case event from approval-service (docs/contracts.md).")
public record CaseEventInput(
        @Schema(description = "Unique per event; a repeat with the same id is recognised and changes nothing.",
                example = "c2e4a6b8-1d3f-4a5c-9e7b-0f2d4b6a8c91")
        @NotNull UUID eventId,
        @Schema(description = "CASE_OPENED when the case starts, STAGES_OPENED when its next stages open, CASE_CLOSED "
                + "with its outcome.", example = "CASE_CLOSED")
        @NotNull CaseEvent.Type type,
        @Schema(description = "The request's submission round the case is about.", example = "1")
        @NotNull @Positive Integer round,
        @Schema(description = "The case's id in approval-service.", example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f")
        UUID caseId,
        @Schema(description = "When it happened in approval-service.", example = "2026-12-03T14:25:00Z")
        Instant occurredAt,
        @Schema(description = "Who decided; absent when the case opened by itself.", example = "daeho", nullable = true)
        @Size(max = 255) String actor,
        @Schema(description = "For CASE_CLOSED: the decision.", example = "APPROVED_WITH_CONDITIONS")
        CaseOutcome outcome,
        @Schema(description = "Required for APPROVED_WITH_CONDITIONS.", nullable = true,
                example = "Delivery in two tranches; end-use monitoring visit within 6 months")
        @Size(max = 4000) String conditions,
        @Schema(description = "Required for REJECTED and RETURNED.", nullable = true) @Size(max = 4000) String reason,
        @Schema(description = "With CASE_OPENED and STAGES_OPENED: the stages the case waits for now.")
        @Valid @Size(max = 50) List<WaitingStageInput> stages) {

    /** An open stage as approval-service announces it. */
    @Schema(name = "WaitingStage", description = "An open stage of the case and when it is due.")
    public record WaitingStageInput(
            @Schema(example = "export-control") @NotBlank @Size(max = 60) String key,
            @Schema(example = "Export control") @NotBlank @Size(max = 200) String title,
            @Schema(example = "export-control") @NotBlank @Size(max = 40) String role,
            @Schema(example = "2026-12-07T10:00:00Z") @NotNull Instant dueAt) {
    }

    CaseEvent toEvent() {
        return new CaseEvent(eventId, type, round, outcome, conditions, reason, actor, stages == null ? null
                : stages.stream().map(s -> new WaitingStage(s.key(), s.title(), s.role(), s.dueAt())).toList());
    }
}
