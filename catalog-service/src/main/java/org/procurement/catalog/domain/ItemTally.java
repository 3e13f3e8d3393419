package org.procurement.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * How many items one (status, category) holds. Written only by the database's triggers (V3__item_tally.sql);
 * mapped so that listing totals are a cached HQL query rather than a native query planned on every call.
 */
@Entity
@Immutable
@IdClass(ItemTally.Key.class)
@Table(name = "catalog_item_tally")
public class ItemTally {

    @Id
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    @Id
    @Enumerated(EnumType.STRING)
    private Category category;
    private long items;

    public record Key(ItemStatus status, Category category) implements Serializable {
    }

    public ItemStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    public long items() {
        return items;
    }
}
