package org.procurement.approval.domain;

import org.procurement.approval.policy.Priority;

/**
 * What an inbox page asks for: filters (each null for "any"), the page size, and where the previous page ended.
 * {@code overdue} true keeps tasks past their due time, false those not yet due.
 */
public record TaskQuery(String role, String stageKey, Priority priority, Boolean overdue, String destination,
                        Boolean lethal, String reference, int limit, TaskCursor after) {
}
