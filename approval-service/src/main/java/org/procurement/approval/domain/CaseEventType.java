package org.procurement.approval.domain;

/** The kinds of events the audit trail records. */
public enum CaseEventType {
    POLICY_PROPOSED, POLICY_PROPOSAL_REJECTED, POLICY_PUBLISHED, CASE_OPENED, STAGE_OPENED, DECISION, STAGE_COMPLETED, CASE_CLOSED, STAGE_OVERDUE,
    DELEGATION_GIVEN, DELEGATION_ENDED
}
