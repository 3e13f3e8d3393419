package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.math.BigDecimal;
import java.util.UUID;

/** One catalogue item and how many of it; priced by the snapshot frozen at submission. */
@Embeddable
public class LineItem {

    @Column(name = "item_id")
    private UUID itemId;
    private Integer quantity;
    private String note;
    @Embedded
    private CatalogueSnapshot snapshot;
    @Column(name = "line_total")
    private BigDecimal lineTotal;

    protected LineItem() {
    }

    public LineItem(UUID itemId, Integer quantity, String note) {
        this.itemId = itemId;
        this.quantity = quantity;
        this.note = note;
    }

    void freeze(CatalogueEntry entry) {
        snapshot = CatalogueSnapshot.of(entry);
        lineTotal = entry.unitPrice().multiply(BigDecimal.valueOf(quantity));
    }

    public UUID itemId() {
        return itemId;
    }

    public Integer quantity() {
        return quantity;
    }

    public String note() {
        return note;
    }

    /** The frozen catalogue facts, or null before the line was first submitted. */
    public CatalogueSnapshot snapshot() {
        return snapshot;
    }

    public BigDecimal lineTotal() {
        return lineTotal;
    }
}
