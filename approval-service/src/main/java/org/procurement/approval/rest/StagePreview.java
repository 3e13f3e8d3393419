package org.procurement.approval.rest;

import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.StageRouting;

/** One stage of the policy: whether it would apply, why, and how long it would be given. */
public record StagePreview(String key, String title, String role, int quorum, int order, boolean applies,
                           String reason, String due) {

    static StagePreview of(StageRouting routing, Priority priority) {
        var s = routing.stage();
        return new StagePreview(s.key(), s.title(), s.role(), s.quorum(), s.order(), routing.applies(), routing.reason(),
                s.due().get(priority));
    }
}
