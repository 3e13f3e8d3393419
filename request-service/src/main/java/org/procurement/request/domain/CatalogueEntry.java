package org.procurement.request.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What the catalogue says about one item at the moment of submission: the facts a line's snapshot freezes. */
public record CatalogueEntry(
        UUID itemId,
        String sku,
        String designation,
        BigDecimal unitPrice,
        String currency,
        boolean lethal,
        boolean majorDefenseEquipment,
        String mlCode,
        int availableQuantity,
        boolean withdrawn) {
}
