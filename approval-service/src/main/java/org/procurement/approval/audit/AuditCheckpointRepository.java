package org.procurement.approval.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Signed checkpoints of the audit chain's head, kept append-only. */
@ApplicationScoped
public class AuditCheckpointRepository implements PanacheRepositoryBase<AuditCheckpoint, Long> {

    /** The checkpoint of the furthest head position. */
    public Optional<AuditCheckpoint> newest() {
        return find("order by seq desc").firstResultOptional();
    }
}
