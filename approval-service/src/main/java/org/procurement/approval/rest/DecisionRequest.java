package org.procurement.approval.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.DecisionOutcome;
import org.procurement.approval.domain.DecisionText;

/**
 * A decision on a stage; conditions are required to approve with conditions, a reason to return or reject. The
 * lengths are the decision columns', checked before the case's state so an over-long text is a 400 in any state.
 */
@Schema(description = "A decision on a stage. `conditions` is required to approve with conditions, `reason` to return "
        + "for amendment or to reject.")
public record DecisionRequest(
        @Schema(description = "What you decide. APPROVE and APPROVE_WITH_CONDITIONS count towards the stage's quorum; "
                + "RETURN_FOR_AMENDMENT (the requester may amend and resubmit) and REJECT close the case at once.",
                example = "APPROVE_WITH_CONDITIONS")
        @NotNull DecisionOutcome outcome,
        @Schema(description = "Optional remark for the record.", maxLength = 4000,
                example = "End-user certificate EUC-UA-2026-0412 verified with the Ministry of Defence of Ukraine.")
        @Size(max = 4000) String comment,
        @Schema(description = "Required with APPROVE_WITH_CONDITIONS: what the supply is made conditional on. All "
                + "conditions of a case are joined into its outcome.", maxLength = 4000,
                example = "Delivery in two tranches; end-use monitoring visit within 6 months")
        @Size(max = 4000) String conditions,
        @Schema(description = "Required with RETURN_FOR_AMENDMENT and REJECT: what the requester must change, or why "
                + "the request is refused.", maxLength = 4000,
                example = "The end-user certificate names no signatory. Attach a certificate signed by the issuing "
                        + "authority and resubmit.")
        @Size(max = 4000) String reason,
        @Schema(description = "true to let the requesting ministry read your comment. By default it sees the outcome, "
                + "the conditions and the reason, never the comment or who decided.", defaultValue = "false")
        Boolean commentForRequester) {

    DecisionText text() {
        return new DecisionText(comment, conditions, reason, Boolean.TRUE.equals(commentForRequester));
    }
}
