package org.procurement.request.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.UUID;

/** One catalogue item as catalog-service describes it, reduced to what a submission freezes. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CatalogItem(
        UUID id,
        String sku,
        String designation,
        boolean lethal,
        boolean majorDefenseEquipment,
        String mlCode,
        Money unitPrice,
        String unitOfIssue,
        int availableQuantity,
        String status) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Money(BigDecimal amount, String currency) {
    }
}
