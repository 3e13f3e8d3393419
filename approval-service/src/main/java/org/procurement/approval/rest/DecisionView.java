package org.procurement.approval.rest;

import org.procurement.approval.domain.Decision;
import org.procurement.approval.domain.DecisionOutcome;

import java.time.Instant;
import java.util.UUID;

public record DecisionView(UUID id, String stageKey, String actor, String organisation, String role,
                           DecisionOutcome outcome, String comment, String conditions, String reason, Instant decidedAt) {

    static DecisionView of(Decision d) {
        return new DecisionView(d.id(), d.stageKey(), d.actor(), d.actorOrganisation(), d.role(), d.outcome(),
                d.comment(), d.conditions(), d.reason(), d.decidedAt());
    }
}
