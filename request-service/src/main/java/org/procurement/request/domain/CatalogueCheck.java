package org.procurement.request.domain;

import org.procurement.support.domain.RuleViolation.Fault;
import org.procurement.support.domain.RuleViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Whether the catalogue can supply every line as requested; refuses naming each line at fault. */
final class CatalogueCheck {

    private CatalogueCheck() {
    }

    static void requireRequestable(List<LineItem> lines, Map<UUID, CatalogueEntry> catalogue) {
        // Several lines may name the same item: availability is compared with their sum.
        Map<UUID, Integer> requested = new HashMap<>();
        lines.forEach(line -> requested.merge(line.itemId(), line.quantity(), Integer::sum));
        String currency = null;
        List<Fault> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            CatalogueEntry entry = catalogue.get(line.itemId());
            String at = "lines[" + i + "]";
            if (entry == null) {
                refused.add(new Fault(at + ".itemId", "names no item in the catalogue (" + line.itemId() + ")"));
            } else if (entry.withdrawn()) {
                refused.add(new Fault(at + ".itemId", "names " + entry.sku() + ", which is withdrawn from the catalogue"));
            } else if (requested.get(line.itemId()) > entry.availableQuantity()) {
                refused.add(new Fault(at + ".quantity", "exceeds the available quantity of " + entry.sku()
                        + " (" + requested.get(line.itemId()) + " requested, " + entry.availableQuantity() + " available)"));
            } else if (currency != null && !currency.equals(entry.currency())) {
                refused.add(new Fault(at + ".itemId", "is priced in " + entry.currency() + ", unlike the other lines ("
                        + currency + ")"));
            } else {
                currency = entry.currency();
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INCOMPLETE, "line-items-not-requestable", "Line items not requestable",
                    "The catalogue cannot supply " + refused.size() + " line(s) as requested.", refused);
        }
    }
}
