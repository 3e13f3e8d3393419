package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.PolicyProposal;
import org.procurement.approval.domain.ProposalStatus;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.policy.StageDefinition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposed policy change and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A proposed policy change: the document, the version it was proposed against, and where it "
        + "stands. A different authorizer approves it (publishing it as the next version) or it is rejected.")
public record ProposalView(
        UUID id,
        @Schema(example = "PROPOSED") ProposalStatus status,
        @Schema(description = "The current version when it was proposed; approval is refused once another version "
                + "has been published.", example = "1") int basedOnVersion,
        @Schema(example = "daeho") String proposedBy,
        Instant proposedAt,
        @Schema(description = "Who approved or rejected it.", example = "minseo") String decidedBy,
        Instant decidedAt,
        @Schema(description = "Why it was rejected.") String reason,
        @Schema(description = "The version it was published as, once approved.", example = "2") Integer publishedVersion,
        @Schema(example = "Default export policy, board from 50 million USD") String name,
        List<StageDefinition> stages) {

    static ProposalView of(PolicyProposal p, Policy policy) {
        return new ProposalView(p.id(), p.status(), p.basedOnVersion(), p.proposedBy(), p.proposedAt(), p.decidedBy(),
                p.decidedAt(), p.reason(), p.publishedVersion(), policy.name(), policy.stages());
    }
}
