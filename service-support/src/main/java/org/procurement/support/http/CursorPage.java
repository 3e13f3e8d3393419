package org.procurement.support.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing that changes while it is read (an inbox): the next page starts after the last item of this
 * one (an opaque cursor), so nothing is skipped or repeated when items come and go between pages, and a deep page
 * costs what the first one does.
 */
@Schema(description = "One page of results, the total, and the link to the page after it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPage<T>(
        @Schema(description = "The items on this page, in a stable order.") List<T> items,
        @Schema(description = "How many items match across all pages; at least this many when totalExact is false.",
                example = "42") long total,
        @Schema(description = "False when counting stopped early (many thousands match): total is then a lower bound.",
                example = "true") boolean totalExact,
        @Schema(description = "Page size asked for.", example = "20") int limit,
        @Schema(description = "Give this as `cursor` for the next page; absent on the last page.",
                example = "MTc2NDg0MjQwMDAwMDAwMHwzZjZi") String nextCursor,
        @Schema(description = "Links to this page and the next one (absent on the last page).") Links links) {

    @Schema(name = "CursorPageLinks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(URI self, URI next) {
    }

    public static <T> CursorPage<T> of(List<T> items, long total, boolean totalExact, int limit, String nextCursor,
                                       UriInfo uri) {
        Links links = new Links(uri.getRequestUri(), nextCursor == null ? null
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build());
        return new CursorPage<>(items, total, totalExact, limit, nextCursor, links);
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), total, totalExact, limit, nextCursor, links);
    }
}
