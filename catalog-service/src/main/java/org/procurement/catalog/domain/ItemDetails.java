package org.procurement.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** The facts an administrator sets on an item, already validated for shape at the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemDetails(
        String sku,
        String designation,
        String name,
        Category category,
        String manufacturer,
        String description,
        boolean lethal,
        boolean majorDefenseEquipment,
        String mlCode,
        BigDecimal unitPrice,
        String currency,
        String unitOfIssue,
        int availableQuantity,
        int leadTimeDays) {
}
