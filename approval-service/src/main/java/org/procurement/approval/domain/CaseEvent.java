package org.procurement.approval.domain;

/** Something that happened to a case, raised by the case itself and written to the audit trail by the service. */
public record CaseEvent(CaseEventType type, String stageKey, String actor, String role, String outcome, String comment) {
}
