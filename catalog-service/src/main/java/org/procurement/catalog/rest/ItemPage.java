package org.procurement.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.support.http.Page;

import java.util.List;

/**
 * How the OpenAPI document describes a listing's answer, a {@link Page} of {@link ItemView}s: the listing answers
 * with bytes it keeps serialised, so the document cannot read the shape off the method. Never built; its fields are
 * {@link Page}'s (ItemPageTest compares them).
 */
@Schema(name = "PageItemView", description = "One page of items, with the total and links to neighbouring pages.")
record ItemPage(
        @Schema(description = "The items on this page, in a stable order.") List<ItemView> items,
        @Schema(description = "How many items match across all pages; at least this many when totalExact is false.",
                example = "42") long total,
        @Schema(description = "False when counting stopped early (a broad search on a large catalogue): total is then a "
                + "lower bound. Pages and links stay exact.", example = "true") boolean totalExact,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "20") int size,
        @Schema(description = "Links to this, the next and the previous page (absent at the ends).") Page.Links links) {
}
