package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.RequestStatus;
import org.procurement.request.domain.TimelineAction;
import org.procurement.request.domain.TimelineEntry;

import java.time.Instant;

@Schema(name = "TimelineEntry", description = "One change to a request.")
public record TimelineEntryView(Instant at, String actor, TimelineAction action, RequestStatus fromStatus,
        RequestStatus toStatus, int round, String detail) {

    static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.occurredAt(), e.actor(), e.action(), e.fromStatus(), e.toStatus(), e.round(),
                e.detail());
    }
}
