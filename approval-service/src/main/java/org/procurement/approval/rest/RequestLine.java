package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A requested line with the catalogue facts routing depends on. The flags are required, never defaulted: a missing
 * "lethal" read as false would route lethal equipment past the policy board.
 */
@Schema(description = "A requested line with the catalogue facts routing depends on; `lethal` and "
        + "`majorDefenseEquipment` are required.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestLine(
        @Schema(description = "Catalogue item id.", example = "38c4a8d9-b6ca-5906-844e-a4e152d80585")
        UUID itemId,
        @Schema(description = "Catalogue stock-keeping unit (the catalogue's limit: 40 characters).",
                example = "KR-ART-K9A1") @Size(max = 40) String sku,
        @Schema(description = "Designation of the system.", example = "K9A1 Thunder") @Size(max = 200) String designation,
        @Schema(description = "Units requested.", example = "6") @Positive Integer quantity,
        @Schema(description = "Price of one unit at submission.", example = "3800000.00")
        @PositiveOrZero BigDecimal unitPrice,
        @Schema(description = "ISO 4217 code of the prices.", example = "USD") String currency,
        @Schema(description = "quantity × unitPrice.", example = "22800000.00")
        @PositiveOrZero BigDecimal lineTotal,
        @Schema(description = "Whether the item is lethal equipment. Required, never defaulted: a "
                + "missing flag read as false would route lethal equipment past the policy board.",
                example = "true")
        @NotNull Boolean lethal,
        @Schema(description = "Whether the item is major defence equipment. Required.", example = "true")
        @NotNull Boolean majorDefenseEquipment,
        @Schema(description = "Wassenaar Munitions List category, absent when not on the list.",
                example = "ML2") @Size(max = 20) String mlCode) {

    /** The line's value: {@code lineTotal}, or else unitPrice × quantity; null when neither is known. */
    BigDecimal value() {
        if (lineTotal != null) {
            return lineTotal;
        }
        return unitPrice != null && quantity != null ? unitPrice.multiply(BigDecimal.valueOf(quantity)) : null;
    }
}
