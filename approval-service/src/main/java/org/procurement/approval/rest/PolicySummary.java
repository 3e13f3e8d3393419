package org.procurement.approval.rest;

import org.procurement.approval.domain.PolicyVersion;

import java.time.Instant;

public record PolicySummary(int version, String name, String publishedBy, Instant publishedAt, boolean current) {

    static PolicySummary of(PolicyVersion p, int currentVersion) {
        return new PolicySummary(p.version(), p.name(), p.publishedBy(), p.publishedAt(), p.version() == currentVersion);
    }
}
