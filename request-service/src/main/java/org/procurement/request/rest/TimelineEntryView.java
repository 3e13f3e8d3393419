package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.domain.TimelineAction;
import org.procurement.request.domain.TimelineEntry;

import java.time.Instant;

@Schema(name = "TimelineEntry", description = "One change to a request.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntryView(
        @Schema(description = "When it happened (UTC).", example = "2026-11-26T10:00:04Z") Instant at,
        @Schema(description = "Who did it: a username, or approval-service.", example = "olena") String actor,
        @Schema(description = "What happened.", example = "SUBMITTED") TimelineAction action,
        @Schema(description = "The status before; absent for the creation.", example = "DRAFT", nullable = true)
        RequestStatus fromStatus,
        @Schema(description = "The status after.", example = "SUBMITTED") RequestStatus toStatus,
        @Schema(description = "The submission round at the time.", example = "1") int round,
        @Schema(description = "A line for people: the total, the conditions, the reason, why an event was ignored.",
                example = "Submitted for round 1, total 27800000.00 USD")
        String detail) {

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.occurredAt(), e.actor(), e.action(), e.fromStatus(), e.toStatus(), e.round(),
                e.detail());
    }
}
