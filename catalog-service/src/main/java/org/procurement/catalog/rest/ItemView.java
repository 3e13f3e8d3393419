package org.procurement.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.CatalogItem;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ItemStatus;

import java.time.Instant;
import java.util.UUID;

/** A catalogue item as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Item", description = "A system offered in the catalogue.")
public record ItemView(
        @Schema(example = "5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01") UUID id,
        @Schema(example = "KR-ART-K9A1") String sku,
        @Schema(example = "K9A1 Thunder") String designation,
        @Schema(example = "155 mm self-propelled howitzer") String name,
        Category category,
        @Schema(example = "Hanwha Aerospace") String manufacturer,
        String description,
        boolean lethal,
        boolean majorDefenseEquipment,
        @Schema(description = "Wassenaar Munitions List category, or absent when not on the list.", example = "ML2") String mlCode,
        Money unitPrice,
        @Schema(example = "vehicle") String unitOfIssue,
        @Schema(description = "Quantity that can still be requested (reservations deducted).", example = "24") int availableQuantity,
        @Schema(example = "180") int leadTimeDays,
        ItemStatus status,
        @Schema(description = "Version for optimistic locking; also served as the ETag.", example = "3") long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public static ItemView of(CatalogItem item) {
        return new ItemView(item.id(), item.sku(), item.designation(), item.name(), item.category(), item.manufacturer(),
                item.description(), item.lethal(), item.majorDefenseEquipment(), item.mlCode(),
                new Money(item.unitPrice(), item.currency()), item.unitOfIssue(), item.availableQuantity(), item.leadTimeDays(),
                item.status(), item.version(), item.createdBy(), item.createdAt(), item.updatedBy(), item.updatedAt());
    }
}
