package org.procurement.request.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CaseOutcome;
import org.procurement.request.service.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** approval-service's case event, exactly as docs/contracts.md defines it. */
@Schema(name = "CaseEvent", description = "Internal: a case event from approval-service.")
public record CaseEventInput(
        @NotNull UUID eventId,
        @NotNull CaseEvent.Type type,
        @NotNull @Positive Integer round,
        UUID caseId,
        Instant occurredAt,
        @Size(max = 255) String actor,
        CaseOutcome outcome,
        @Size(max = 4000) String conditions,
        @Size(max = 4000) String reason) {

    CaseEvent toEvent() {
        return new CaseEvent(eventId, type, round, outcome, conditions, reason, actor);
    }
}
