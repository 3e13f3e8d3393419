package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.StageStatus;

import java.time.Instant;
import java.util.List;

@Schema(description = "A stage of a case: who decides it, how many approvals it needs, why it applies, and its decisions.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageView(
        @Schema(example = "export-control") String key,
        @Schema(example = "Export control") String title,
        @Schema(example = "Checks the end-user certificate and the no-re-export undertaking.") String description,
        @Schema(description = "The role that decides it.", example = "export-control") String role,
        @Schema(description = "Distinct approvals it needs.", example = "1") int quorum,
        @Schema(description = "Stages with the same order run in parallel; lower orders first.", example = "1")
        int order,
        @Schema(description = "Why the policy routed the case through this stage.", example = "always applies")
        String appliesBecause,
        StageStatus status,
        @Schema(description = "Approvals so far.", example = "0") long approvals,
        @Schema(description = "When it opened; absent while WAITING.") Instant openedAt,
        @Schema(description = "When it is due; absent while WAITING.") Instant dueAt,
        @Schema(description = "When it reached its quorum.") Instant completedAt,
        @Schema(description = "Whether it is open past its due time.") boolean overdue,
        @Schema(description = "Who said they are on it; absent when nobody.", example = "seoyeon") String claimedBy,
        @Schema(description = "Since when.") Instant claimedAt,
        List<DecisionView> decisions) {

    static StageView of(CaseStage s) {
        return new StageView(s.key(), s.title(), s.description(), s.role(), s.quorum(), s.order(), s.appliesBecause(),
                s.status(), s.approvals(), s.openedAt(), s.dueAt(), s.completedAt(), s.overdue(),
                s.claimedBy(), s.claimedAt(), s.decisions().stream().map(DecisionView::of).toList());
    }

    /** As the requesting ministry sees it: no officials' names, no internal remarks. */
    StageView forRequester() {
        return new StageView(key, title, description, role, quorum, order, appliesBecause, status, approvals, openedAt,
                dueAt, completedAt, overdue, null, null, decisions.stream().map(DecisionView::forRequester).toList());
    }
}
