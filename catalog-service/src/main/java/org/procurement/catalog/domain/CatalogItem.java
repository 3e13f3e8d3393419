package org.procurement.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A system the supplier offers, with the facts that requests and approval rules depend on. */
@Entity
@Table(name = "catalog_item")
public class CatalogItem extends PanacheEntityBase {

    @Id
    public UUID id;
    public String sku;
    public String designation;
    public String name;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String manufacturer;
    public String description;
    public boolean lethal;
    @Column(name = "major_defense_equipment")
    public boolean majorDefenseEquipment;
    /** Wassenaar Munitions List category (ML1…ML22); null when the item is not on the list. */
    @Column(name = "ml_code")
    public String mlCode;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    public String currency;
    @Column(name = "unit_of_issue")
    public String unitOfIssue;
    /** What can still be requested: stock less what active reservations hold. */
    @Column(name = "available_quantity")
    public int availableQuantity;
    @Column(name = "lead_time_days")
    public int leadTimeDays;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @Version
    public long version;
    /** Maintained by the database (generated column) for free-text search; never written here. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    protected CatalogItem() {
    }

    public static CatalogItem create(ItemDetails details, String by, Instant at) {
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.status = ItemStatus.ACTIVE;
        item.createdBy = by;
        item.createdAt = at;
        item.apply(details, by, at);
        return item;
    }

    /** Replaces the editable facts; status changes only through {@link #withdraw}. */
    public void revise(ItemDetails details, String by, Instant at) {
        apply(details, by, at);
    }

    /** Withdrawn items stay readable for history; withdrawing twice changes nothing. */
    public void withdraw(String by, Instant at) {
        if (status == ItemStatus.WITHDRAWN) {
            return;
        }
        status = ItemStatus.WITHDRAWN;
        updatedBy = by;
        updatedAt = at;
    }

    /** The facts an administrator sets, as they are now. */
    public ItemDetails details() {
        return new ItemDetails(sku, designation, name, category, manufacturer, description, lethal,
                majorDefenseEquipment, mlCode, unitPrice, currency, unitOfIssue, availableQuantity, leadTimeDays);
    }

    public boolean isRequestable() {
        return status == ItemStatus.ACTIVE;
    }

    /** Whether a reservation of {@code quantity} can be met now: the item is active and has that many available. */
    public boolean canSupply(int quantity) {
        return isRequestable() && quantity > 0 && availableQuantity >= quantity;
    }

    /** Sets {@code quantity} aside for a reservation; never more than is available, never from a withdrawn item. */
    public void reserve(int quantity) {
        if (!canSupply(quantity)) {
            throw new IllegalStateException("cannot reserve " + quantity + " of " + sku + ": " + (isRequestable()
                    ? availableQuantity + " available" : "withdrawn"));
        }
        availableQuantity -= quantity;
    }

    /** Gives back what a released reservation held (also to a withdrawn item, which keeps its count). */
    public void release(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a release gives back a positive quantity, not " + quantity);
        }
        availableQuantity += quantity;
    }

    private void apply(ItemDetails details, String by, Instant at) {
        sku = details.sku();
        designation = details.designation();
        name = details.name();
        category = details.category();
        manufacturer = details.manufacturer();
        description = details.description();
        lethal = details.lethal();
        majorDefenseEquipment = details.majorDefenseEquipment();
        mlCode = details.mlCode();
        unitPrice = details.unitPrice();
        currency = details.currency();
        unitOfIssue = details.unitOfIssue();
        availableQuantity = details.availableQuantity();
        leadTimeDays = details.leadTimeDays();
        updatedBy = by;
        updatedAt = at;
    }
}
