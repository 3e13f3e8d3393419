package org.procurement.approval.policy;

/** Whether a stage applies to a request, and why. */
public record StageRouting(StageDefinition stage, boolean applies, String reason) {
}
