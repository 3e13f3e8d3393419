package org.procurement.approval.rest;

import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.StageStatus;

import java.time.Instant;
import java.util.List;

public record StageView(String key, String title, String description, String role, int quorum, int order,
                        String appliesBecause, StageStatus status, long approvals, Instant openedAt, Instant dueAt,
                        Instant completedAt, boolean overdue, List<DecisionView> decisions) {

    static StageView of(CaseStage s) {
        return new StageView(s.key(), s.title(), s.description(), s.role(), s.quorum(), s.order(), s.appliesBecause(),
                s.status(), s.approvals(), s.openedAt(), s.dueAt(), s.completedAt(), s.overdue(),
                s.decisions().stream().map(DecisionView::of).toList());
    }
}
