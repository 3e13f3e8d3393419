package org.procurement.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * A line's catalogue facts frozen at submission, so that later catalogue changes never alter what was requested
 * and decided on.
 */
@Embeddable
public class CatalogueSnapshot {

    private String sku;
    private String designation;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private String currency;
    private Boolean lethal;
    @Column(name = "major_defense_equipment")
    private Boolean majorDefenseEquipment;
    @Column(name = "ml_code")
    private String mlCode;

    protected CatalogueSnapshot() {
    }

    static CatalogueSnapshot of(CatalogueEntry entry) {
        CatalogueSnapshot snapshot = new CatalogueSnapshot();
        snapshot.sku = entry.sku();
        snapshot.designation = entry.designation();
        snapshot.unitPrice = entry.unitPrice();
        snapshot.currency = entry.currency();
        snapshot.lethal = entry.lethal();
        snapshot.majorDefenseEquipment = entry.majorDefenseEquipment();
        snapshot.mlCode = entry.mlCode();
        return snapshot;
    }

    public String sku() {
        return sku;
    }

    public String designation() {
        return designation;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public String currency() {
        return currency;
    }

    public boolean lethal() {
        return Boolean.TRUE.equals(lethal);
    }

    public boolean majorDefenseEquipment() {
        return Boolean.TRUE.equals(majorDefenseEquipment);
    }

    public String mlCode() {
        return mlCode;
    }
}
