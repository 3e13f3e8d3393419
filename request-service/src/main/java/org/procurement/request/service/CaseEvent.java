package org.procurement.request.service;

import org.procurement.request.domain.CaseOutcome;

import java.util.UUID;

/** An event about a request's case, sent by approval-service (docs/contracts.md). */
public record CaseEvent(
        UUID eventId,
        Type type,
        int round,
        CaseOutcome outcome,
        String conditions,
        String reason,
        String actor) {

    public enum Type {
        CASE_OPENED,
        CASE_CLOSED
    }
}
