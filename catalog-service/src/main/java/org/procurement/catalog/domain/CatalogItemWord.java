package org.procurement.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/**
 * One word of an item's SKU, designation, name or manufacturer, with what a search orders by. Written only by the
 * database's triggers (V7__item_words.sql); mapped so that text search is HQL like every other listing.
 */
@Entity
@Immutable
@IdClass(CatalogItemWord.Key.class)
@Table(name = "catalog_item_word")
public class CatalogItemWord {

    @Id
    private String word;
    @Id
    @Column(name = "item_id")
    private UUID itemId;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    /** Where the word stands, best first: 1 SKU or designation, 2 name, 3 manufacturer. */
    private short field;
    private String name;

    public record Key(String word, UUID itemId) implements Serializable {
    }

    protected CatalogItemWord() {
    }
}
