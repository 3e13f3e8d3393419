package org.procurement.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The append-only copies of approval-service's audit checkpoints. */
@ApplicationScoped
public class AuditCheckpointCopies implements PanacheRepositoryBase<AuditCheckpointCopy, Long> {

    /** The copy of the furthest head position approval-service signed. */
    public Optional<AuditCheckpointCopy> latest() {
        return findAll(Sort.descending("seq")).firstResultOptional();
    }
}
