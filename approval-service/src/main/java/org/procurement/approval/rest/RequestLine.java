package org.procurement.approval.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A requested line with the catalogue facts routing depends on. The flags are required, never defaulted: a missing
 * "lethal" read as false would route lethal equipment past the policy board.
 */
public record RequestLine(UUID itemId, String sku, String designation, @Positive Integer quantity,
                          @PositiveOrZero BigDecimal unitPrice, String currency, @PositiveOrZero BigDecimal lineTotal,
                          @NotNull Boolean lethal, @NotNull Boolean majorDefenseEquipment, String mlCode) {
}
