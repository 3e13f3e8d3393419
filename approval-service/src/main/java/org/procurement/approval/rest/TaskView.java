package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStage;
import org.procurement.approval.domain.Task;
import org.procurement.approval.policy.Priority;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An open stage the caller may decide, with the case summary, due date and overdue flag. */
@Schema(description = "An open stage you may decide now, with the case it belongs to.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(
        @Schema(description = "The case; decide with POST /cases/{caseId}/stages/{stageKey}/decisions.",
                example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f")
        UUID caseId,
        @Schema(example = "REQ-2026-000123") String reference,
        @Schema(example = "Artillery and air defence for the eastern front") String title,
        @Schema(description = "The requesting organisation.", example = "UA-MOD") String organisation,
        Priority priority,
        @Schema(description = "ISO 3166 alpha-2 code.", example = "UA") String destinationCountry,
        @Schema(example = "43800000.00") BigDecimal total,
        @Schema(example = "USD") String currency,
        @Schema(description = "The stage to decide.", example = "export-control") String stageKey,
        @Schema(example = "Export control") String stageTitle,
        @Schema(description = "The role that decides the stage.", example = "export-control") String role,
        @Schema(description = "Distinct approvals the stage needs.", example = "1") int quorum,
        @Schema(description = "Approvals so far.", example = "0") long approvals,
        @Schema(description = "When the stage opened.") Instant openedAt,
        @Schema(description = "When the stage is due (depends on the priority).") Instant dueAt,
        @Schema(description = "Whether the stage is past its due time.") boolean overdue,
        @Schema(description = "Present when you would decide as a delegate: the colleague whose role you hold.",
                example = "minjun") String onBehalfOf,
        @Schema(description = "Who said they are on it (POST /tasks/{caseId}/{stageKey}/claim); absent when nobody.",
                example = "seoyeon") String claimedBy,
        @Schema(description = "Since when.") Instant claimedAt) {

    static TaskView of(Task task) {
        CaseStage s = task.stage();
        ApprovalCase c = s.approvalCase();
        return new TaskView(c.id(), c.reference(), c.title(), c.organisation(), c.priority(), c.destinationCountry(),
                c.total(), c.currency(), s.key(), s.title(), s.role(), s.quorum(), s.approvals(), s.openedAt(),
                s.dueAt(), s.overdue(), task.onBehalfOf(), s.claimedBy(), s.claimedAt());
    }
}
