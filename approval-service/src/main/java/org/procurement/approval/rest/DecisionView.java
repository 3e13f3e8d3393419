package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.Decision;
import org.procurement.approval.domain.DecisionOutcome;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "One person's decision on a stage.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        @Schema(example = "0f8e6c1a-3b7d-4e2a-9c15-5a4b3c2d1e0f") UUID id,
        @Schema(example = "export-control") String stageKey,
        @Schema(description = "Who decided.", example = "seoyeon") String actor,
        @Schema(description = "Whose delegate the decider was: the delegator, whose role was used.", example = "minjun")
        String onBehalfOf,
        @Schema(description = "The delegation the decider acted under.") UUID delegationId,
        @Schema(description = "The decider's organisation.", example = "KR-DAPA") String organisation,
        @Schema(description = "The role they decided in.", example = "export-control") String role,
        DecisionOutcome outcome,
        String comment,
        @Schema(description = "With APPROVE_WITH_CONDITIONS.") String conditions,
        @Schema(description = "With RETURN_FOR_AMENDMENT or REJECT.") String reason,
        Instant decidedAt,
        @Schema(description = "Whether the requesting ministry may read the comment.") boolean commentForRequester) {

    static DecisionView of(Decision d) {
        return new DecisionView(d.id(), d.stageKey(), d.actor(), d.onBehalfOf(), d.delegationId(), d.actorOrganisation(), d.role(), d.outcome(),
                d.comment(), d.conditions(), d.reason(), d.decidedAt(), d.commentForRequester());
    }

    /** As the requesting ministry sees it: the outcome and what it must act on, not who decided nor their remarks. */
    DecisionView forRequester() {
        return new DecisionView(id, stageKey, null, null, null, organisation, role, outcome,
                commentForRequester ? comment : null, conditions, reason, decidedAt, commentForRequester);
    }
}
