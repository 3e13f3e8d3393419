package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.audit.AuditEntry;
import org.procurement.approval.domain.CaseEventType;

import java.time.Instant;

/** A case's audit entries, as its history. */
@Schema(description = "An audit entry of the case.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        @Schema(description = "Position in the audit chain.", example = "42") long seq,
        Instant occurredAt,
        CaseEventType type,
        @Schema(example = "export-control") String stageKey,
        @Schema(description = "Who acted; absent for events of the system.", example = "seoyeon") String actor,
        @Schema(description = "Whose delegate the actor was, when they acted for an absent colleague.",
                example = "minjun") String onBehalfOf,
        @Schema(example = "export-control") String role,
        @Schema(description = "A decision's outcome or a closed case's status.", example = "APPROVE") String outcome,
        @Schema(example = "EUC-UA-2026-0412 verified") String comment,
        @Schema(example = "1") Integer policyVersion) {

    /** As the requesting ministry sees it: what happened and when, not who did it nor a decider's remarks. */
    HistoryEntry forRequester() {
        return new HistoryEntry(seq, occurredAt, type, stageKey, null, null, role, outcome,
                type == CaseEventType.DECISION ? null : comment, policyVersion);
    }

    static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.seq(), e.occurredAt(), e.type(), e.stageKey(), e.actor(), e.onBehalfOf(), e.role(), e.outcome(),
                e.comment(), e.policyVersion());
    }
}
