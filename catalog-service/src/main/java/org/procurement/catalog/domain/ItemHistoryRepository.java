package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The applied changes of items, oldest first. */
@ApplicationScoped
public class ItemHistoryRepository implements PanacheRepositoryBase<ItemHistoryEntry, UUID> {

    public List<ItemHistoryEntry> ofItem(UUID itemId) {
        return list("itemId = ?1 order by changedAt, id", itemId);
    }
}
