package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.domain.PolicyVersion;

import java.time.Instant;

@Schema(description = "A published policy version.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicySummary(
        @Schema(example = "1") int version,
        @Schema(example = "Default export policy") String name,
        @Schema(example = "daeho") String publishedBy,
        Instant publishedAt,
        @Schema(description = "Whether new cases are routed by this version (the highest).") boolean current) {

    static PolicySummary of(PolicyVersion p, int currentVersion) {
        return new PolicySummary(p.version(), p.name(), p.publishedBy(), p.publishedAt(), p.version() == currentVersion);
    }
}
