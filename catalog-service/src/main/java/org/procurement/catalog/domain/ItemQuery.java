package org.procurement.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a catalogue listing asks for: filters, order and page. */
public record ItemQuery(
        List<Category> categories,
        Optional<String> text,
        Optional<Boolean> lethal,
        Optional<ItemStatus> status,
        boolean inStockOnly,
        List<UUID> ids,
        ItemSort sort,
        int page,
        int size) {
}
