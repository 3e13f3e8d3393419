package org.procurement.approval.domain;

/**
 * Something that happened to a case, raised by the case itself and written to the audit trail by the service.
 * {@code onBehalfOf} names the delegator when the actor acted as their delegate.
 */
public record CaseEvent(CaseEventType type, String stageKey, String actor, String role, String outcome, String comment,
                        String onBehalfOf) {

    public CaseEvent(CaseEventType type, String stageKey, String actor, String role, String outcome, String comment) {
        this(type, stageKey, actor, role, outcome, comment, null);
    }
}
