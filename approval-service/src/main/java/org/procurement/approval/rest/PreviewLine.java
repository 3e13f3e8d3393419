package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of a route preview: only what routing looks at. */
@Schema(description = "A line of a route preview: only what routing looks at. Its value is `lineTotal`, or else "
        + "`unitPrice` × `quantity`.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewLine(
        @Schema(description = "Catalogue item id. With it, the organisation's live requests for the same item count "
                + "towards the aggregated total; without it, the line counts only towards this request's total.",
                example = "38c4a8d9-b6ca-5906-844e-a4e152d80585") UUID itemId,
        @Schema(description = "For your own reference; routing does not look the item up.",
                example = "KR-ART-K9A1") String sku,
        @Schema(description = "Units requested.", example = "6") @Positive Integer quantity,
        @Schema(description = "Price of one unit in the catalogue's currency.", example = "3800000.00")
        @PositiveOrZero BigDecimal unitPrice,
        @Schema(description = "Value of the line; when given, it is used instead of unitPrice × "
                + "quantity.", example = "22800000.00")
        @PositiveOrZero BigDecimal lineTotal,
        @Schema(description = "Whether the item is lethal equipment (as the catalogue says). Never "
                + "defaulted: lethal equipment for a conflict zone needs the policy board.",
                example = "true")
        @NotNull Boolean lethal,
        @Schema(description = "Whether the item is major defence equipment (as the catalogue says).",
                example = "true")
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
