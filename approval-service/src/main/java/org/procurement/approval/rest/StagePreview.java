package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.StageRouting;

/** One stage of the policy: whether it would apply, why, and how long it would be given. */
@Schema(description = "One stage of the policy: whether it would apply, why, and how long it would be given.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StagePreview(
        @Schema(example = "policy-board") String key,
        @Schema(example = "Policy board") String title,
        @Schema(description = "The role that would decide it.", example = "policy-board") String role,
        @Schema(description = "Distinct approvals it would need.", example = "2") int quorum,
        @Schema(description = "Stages with the same order run in parallel; lower orders first.", example = "2")
        int order,
        @Schema(description = "Whether the request would go through this stage.", example = "true") boolean applies,
        @Schema(description = "Why, in words.",
                example = "applies because line 1 (KR-ART-K9A1) is lethal and the destination UA is in the conflict-zone list [UA]")
        String reason,
        @Schema(description = "Time the stage would be given at this priority (ISO-8601 duration).", example = "P5D")
        String due) {

    static StagePreview of(StageRouting routing, Priority priority) {
        var s = routing.stage();
        return new StagePreview(s.key(), s.title(), s.role(), s.quorum(), s.order(), routing.applies(), routing.reason(),
                s.due().get(priority));
    }
}
