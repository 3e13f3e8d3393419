package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CatalogueSnapshot;
import org.procurement.request.domain.LineItem;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "LineItem", description = "A line; the catalogue fields are the snapshot frozen at the last submission (null before).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineItemView(
        @Schema(description = "The catalogue item's id.", example = "38c4a8d9-b6ca-5906-844e-a4e152d80585")
        UUID itemId,
        @Schema(description = "How many units of issue.", example = "6") Integer quantity,
        @Schema(description = "The requester's note on this line.", example = "K9A1 Thunder howitzers for two batteries")
        String note,
        @Schema(description = "Stock-keeping unit, frozen at submission.", example = "KR-ART-K9A1") String sku,
        @Schema(description = "Designation, frozen at submission.", example = "K9A1 Thunder") String designation,
        @Schema(description = "Unit price, frozen at submission.", example = "3800000.00") BigDecimal unitPrice,
        @Schema(description = "ISO 4217 currency of the prices.", example = "USD") String currency,
        @Schema(description = "Whether the item is lethal, frozen at submission.", example = "true") Boolean lethal,
        @Schema(description = "Whether the item is major defence equipment, frozen at submission.", example = "true")
        Boolean majorDefenseEquipment,
        @Schema(description = "Military List category, frozen at submission.", example = "ML2") String mlCode,
        @Schema(description = "Quantity times unit price.", example = "22800000.00") BigDecimal lineTotal) {

    static LineItemView of(LineItem line) {
        CatalogueSnapshot s = line.snapshot();
        if (s == null) {
            return new LineItemView(line.itemId(), line.quantity(), line.note(), null, null, null, null, null, null,
                    null, null);
        }
        return new LineItemView(line.itemId(), line.quantity(), line.note(), s.sku(), s.designation(), s.unitPrice(),
                s.currency(), s.lethal(), s.majorDefenseEquipment(), s.mlCode(), line.lineTotal());
    }
}
