package org.procurement.approval.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** A line of a route preview: only what routing looks at. */
public record PreviewLine(String sku, @Positive Integer quantity, @PositiveOrZero BigDecimal unitPrice,
                          @PositiveOrZero BigDecimal lineTotal, @NotNull Boolean lethal,
                          @NotNull Boolean majorDefenseEquipment) {

    BigDecimal value() {
        if (lineTotal != null) {
            return lineTotal;
        }
        if (unitPrice != null && quantity != null) {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
        return BigDecimal.ZERO;
    }
}
