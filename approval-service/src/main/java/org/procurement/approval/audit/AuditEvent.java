package org.procurement.approval.audit;

import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseEvent;
import org.procurement.approval.domain.CaseEventType;
import org.procurement.approval.domain.Delegation;

import java.util.UUID;

/**
 * What is about to be appended to the audit trail (the chain adds sequence, time and hashes). {@code onBehalfOf}
 * names the delegator when the actor acted as their delegate.
 */
public record AuditEvent(CaseEventType type, UUID caseId, String reference, String stageKey, String actor, String role,
                         String outcome, String comment, Integer policyVersion, String onBehalfOf) {

    /** An event nobody acted in as a delegate. */
    public AuditEvent(CaseEventType type, UUID caseId, String reference, String stageKey, String actor, String role,
                      String outcome, String comment, Integer policyVersion) {
        this(type, caseId, reference, stageKey, actor, role, outcome, comment, policyVersion, null);
    }

    public static AuditEvent of(ApprovalCase approvalCase, CaseEvent event) {
        return new AuditEvent(event.type(), approvalCase.id(), approvalCase.reference(), event.stageKey(), event.actor(),
                event.role(), event.outcome(), event.comment(), approvalCase.policyVersion(), event.onBehalfOf());
    }

    /** A delegation given or ended: no case, like a policy event; the comment names the delegation. */
    public static AuditEvent of(Delegation delegation, CaseEventType type, String actor, String comment) {
        return new AuditEvent(type, null, null, null, actor, delegation.role(), null, comment, null, null);
    }
}
