package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CatalogueEntry;
import org.procurement.request.domain.CatalogueSnapshot;
import org.procurement.request.domain.LineItem;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

@Schema(name = "LineItem", description = "A line; the catalogue fields are the snapshot frozen at the last submission "
        + "(absent before). While the request may be changed (DRAFT or RETURNED), `catalogue` shows the item as the "
        + "catalogue describes it now.")
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
        @Schema(description = "Quantity times unit price.", example = "22800000.00") BigDecimal lineTotal,
        @Schema(description = "While the request may be changed: the item as the catalogue describes it now, "
                + "looked up when the request is shown (absent when the catalogue could not be reached or does not "
                + "know the item). Prices are frozen only at submission.")
        Current catalogue) {

    /** The catalogue's current description of a line's item, with what the line would cost at today's price. */
    @Schema(name = "LineItemCatalogue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Current(
            @Schema(example = "KR-ART-K9A1") String sku,
            @Schema(example = "K9A1 Thunder") String designation,
            @Schema(description = "What one unit is.", example = "vehicle") String unitOfIssue,
            @Schema(example = "3800000.00") BigDecimal unitPrice,
            @Schema(example = "USD") String currency,
            @Schema(example = "true") boolean lethal,
            @Schema(description = "Quantity times today's unit price.", example = "22800000.00") BigDecimal lineTotal,
            @Schema(description = "Units the catalogue can still promise.", example = "12") int availableQuantity,
            @Schema(description = "True if the item was withdrawn from the catalogue: the request cannot be "
                    + "submitted with it.", example = "false") boolean withdrawn) {

        static Current of(CatalogueEntry entry, Integer quantity) {
            return new Current(entry.sku(), entry.designation(), entry.unitOfIssue(), entry.unitPrice(),
                    entry.currency(), entry.lethal(),
                    quantity == null ? null : entry.unitPrice().multiply(BigDecimal.valueOf(quantity)),
                    entry.availableQuantity(), entry.withdrawn());
        }
    }

    static LineItemView of(LineItem line, Map<UUID, CatalogueEntry> current) {
        CatalogueEntry now = current.get(line.itemId());
        Current shown = now == null ? null : Current.of(now, line.quantity());
        CatalogueSnapshot s = line.snapshot();
        if (s == null) {
            return new LineItemView(line.itemId(), line.quantity(), line.note(), null, null, null, null, null, null,
                    null, null, shown);
        }
        return new LineItemView(line.itemId(), line.quantity(), line.note(), s.sku(), s.designation(), s.unitPrice(),
                s.currency(), s.lethal(), s.majorDefenseEquipment(), s.mlCode(), line.lineTotal(), shown);
    }
}
