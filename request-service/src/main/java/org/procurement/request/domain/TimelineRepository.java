package org.procurement.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The append-only timelines of requests. */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    public List<TimelineEntry> of(UUID requestId) {
        return list("requestId", Sort.ascending("id"), requestId);
    }
}
