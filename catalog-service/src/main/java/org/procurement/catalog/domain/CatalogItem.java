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
    @Column(name = "ml_code")
    public String mlCode;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    public String currency;
    @Column(name = "unit_of_issue")
    public String unitOfIssue;
    @Column(name = "available_quantity")
    public int availableQuantity;
    @Column(name = "lead_time_days")
    public int leadTimeDays;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @Version
    public long version;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isRequestable() {
        return status == ItemStatus.ACTIVE;
    }
}
