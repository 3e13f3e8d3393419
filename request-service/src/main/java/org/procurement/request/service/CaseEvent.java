package org.procurement.request.service;

import org.procurement.request.domain.WaitingStage;

import org.procurement.request.domain.CaseOutcome;

import java.util.List;
import java.util.UUID;

/** An event about a request's case, sent by approval-service (docs/contracts.md). */
public record CaseEvent(
        UUID eventId,
        Type type,
        int round,
        CaseOutcome outcome,
        String conditions,
        String reason,
        String actor,
        List<WaitingStage> stages) {

    public enum Type {
        CASE_OPENED,
        /** Later stages opened: {@code stages} is what the case waits for now. */
        STAGES_OPENED,
        CASE_CLOSED
    }
}
