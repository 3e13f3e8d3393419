package org.procurement.support.http;

import jakarta.ws.rs.core.UriInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: its items, the total across all pages and links to move through them. */
@Schema(description = "One page of results, with the total and links to neighbouring pages.")
public record Page<T>(
        @Schema(description = "The items on this page, in a stable order.") List<T> items,
        @Schema(description = "How many items match across all pages; at least this many when totalExact is false.",
                example = "42") long total,
        @Schema(description = "False when counting stopped early (a broad search on a large catalogue): total is then a "
                + "lower bound. Pages and links stay exact.", example = "true") boolean totalExact,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "20") int size,
        @Schema(description = "Links to this, the next and the previous page (absent at the ends).") Links links) {

    @Schema(name = "PageLinks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(URI self, URI next, URI prev) {
    }

    public static <T> Page<T> of(List<T> items, long total, int page, int size, UriInfo uri) {
        return of(items, total, true, page, size, uri);
    }

    /** A page whose total may be a lower bound ({@code totalExact} false); it must still exceed this page's end. */
    public static <T> Page<T> of(List<T> items, long total, boolean totalExact, int page, int size, UriInfo uri) {
        boolean hasNext = (long) (page + 1) * size < total;
        Links links = new Links(
                uri.getRequestUriBuilder().replaceQueryParam("page", page).build(),
                hasNext ? uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build() : null,
                page > 0 ? uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build() : null);
        return new Page<>(items, total, totalExact, page, size, links);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, totalExact, page, size, links);
    }
}
