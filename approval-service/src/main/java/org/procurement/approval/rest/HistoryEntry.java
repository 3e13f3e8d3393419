package org.procurement.approval.rest;

import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.domain.CaseEventType;

import java.time.Instant;

/** A case's audit entries, as its history. */
public record HistoryEntry(long seq, Instant occurredAt, CaseEventType type, String stageKey, String actor, String role,
                           String outcome, String comment, Integer policyVersion) {

    static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.seq(), e.occurredAt(), e.type(), e.stageKey(), e.actor(), e.role(), e.outcome(),
                e.comment(), e.policyVersion());
    }
}
