package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.policy.StageDefinition;

import java.time.Instant;
import java.util.List;

/** A published policy version with its stages, in the same format as it is published. */
@Schema(description = "A published policy version with its stages, in the same format as it is published.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyView(
        @Schema(example = "1") int version,
        @Schema(example = "Default export policy") String name,
        @Schema(description = "Who approved and so published it ('migration' for version 1).", example = "minseo")
        String publishedBy,
        Instant publishedAt,
        @Schema(description = "Who proposed it; absent for version 1.", example = "daeho") String proposedBy,
        List<StageDefinition> stages) {

    static PolicyView of(PolicyVersion version, Policy policy) {
        return new PolicyView(version.version(), policy.name(), version.publishedBy(), version.publishedAt(), version.proposedBy(),
                policy.stages());
    }
}
