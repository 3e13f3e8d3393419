package org.procurement.approval.rest;

import jakarta.validation.constraints.NotNull;
import org.procurement.approval.domain.DecisionOutcome;
import org.procurement.approval.domain.DecisionText;

/** A decision on a stage; conditions are required to approve with conditions, a reason to return or reject. */
public record DecisionRequest(@NotNull DecisionOutcome outcome, String comment, String conditions, String reason) {

    DecisionText text() {
        return new DecisionText(comment, conditions, reason);
    }
}
