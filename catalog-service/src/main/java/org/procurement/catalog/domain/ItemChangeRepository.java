package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Changes that lower export control, waiting for or decided by a second administrator. */
@ApplicationScoped
public class ItemChangeRepository implements PanacheRepositoryBase<ItemChange, UUID> {

    /** The change of an item still marked pending, its row locked (it may turn out expired). */
    public Optional<ItemChange> pendingForUpdate(UUID itemId) {
        return find("itemId = ?1 and status = ?2", itemId, ItemChangeStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<ItemChange> ofItem(UUID itemId) {
        return list("itemId = ?1 order by proposedAt desc, id", itemId);
    }
}
