package org.procurement.request.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the catalogue says about one item: at submission, the facts a line's snapshot freezes; for a draft, what its
 * lines are shown with ({@code unitOfIssue} is shown, not frozen).
 */
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
        boolean withdrawn,
        String unitOfIssue) {

    public CatalogueEntry(UUID itemId, String sku, String designation, BigDecimal unitPrice, String currency,
                          boolean lethal, boolean majorDefenseEquipment, String mlCode, int availableQuantity,
                          boolean withdrawn) {
        this(itemId, sku, designation, unitPrice, currency, lethal, majorDefenseEquipment, mlCode, availableQuantity,
                withdrawn, null);
    }
}
