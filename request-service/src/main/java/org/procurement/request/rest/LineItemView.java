package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.CatalogueSnapshot;
import org.procurement.request.domain.LineItem;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "LineItem", description = "A line; the catalogue fields are the snapshot frozen at the last submission (null before).")
public record LineItemView(
        UUID itemId,
        Integer quantity,
        String note,
        String sku,
        String designation,
        BigDecimal unitPrice,
        String currency,
        Boolean lethal,
        Boolean majorDefenseEquipment,
        String mlCode,
        BigDecimal lineTotal) {

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
