package org.procurement.approval.audit;

import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseEvent;
import org.procurement.approval.domain.CaseEventType;

import java.util.UUID;

/** What is about to be appended to the audit trail (the chain adds sequence, time and hashes). */
public record AuditEvent(CaseEventType type, UUID caseId, String reference, String stageKey, String actor, String role,
                         String outcome, String comment, Integer policyVersion) {

    public static AuditEvent of(ApprovalCase approvalCase, CaseEvent event) {
        return new AuditEvent(event.type(), approvalCase.id(), approvalCase.reference(), event.stageKey(), event.actor(),
                event.role(), event.outcome(), event.comment(), approvalCase.policyVersion());
    }
}
