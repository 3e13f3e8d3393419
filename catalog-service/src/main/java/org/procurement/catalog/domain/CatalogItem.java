package org.procurement.catalog.domain;

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
public class CatalogItem {

    @Id
    private UUID id;
    private String sku;
    private String designation;
    private String name;
    @Enumerated(EnumType.STRING)
    private Category category;
    private String manufacturer;
    private String description;
    private boolean lethal;
    @Column(name = "major_defense_equipment")
    private boolean majorDefenseEquipment;
    /** Wassenaar Munitions List category (ML1…ML22); null when the item is not on the list. */
    @Column(name = "ml_code")
    private String mlCode;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private String currency;
    @Column(name = "unit_of_issue")
    private String unitOfIssue;
    /** What can still be requested: stock less what active reservations hold. */
    @Column(name = "available_quantity")
    private int availableQuantity;
    @Column(name = "lead_time_days")
    private int leadTimeDays;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    @Version
    private long version;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

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

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String designation() {
        return designation;
    }

    public String name() {
        return name;
    }

    public Category category() {
        return category;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String description() {
        return description;
    }

    public boolean lethal() {
        return lethal;
    }

    public boolean majorDefenseEquipment() {
        return majorDefenseEquipment;
    }

    public String mlCode() {
        return mlCode;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public String currency() {
        return currency;
    }

    public String unitOfIssue() {
        return unitOfIssue;
    }

    public int availableQuantity() {
        return availableQuantity;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public ItemStatus status() {
        return status;
    }

    /** The version as a later load would find it after another write (Hibernate sets it; domain tests do). */
    void atVersion(long loaded) {
        this.version = loaded;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
