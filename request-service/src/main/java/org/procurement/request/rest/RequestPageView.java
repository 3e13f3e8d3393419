package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.service.RequestPage;

import java.util.List;

@Schema(name = "RequestPage", description = "A page of requests, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestPageView(
        @Schema(description = "The requests on this page.") List<RequestSummary> items,
        @Schema(description = "How many requests match, on all pages.", example = "42") long total,
        @Schema(description = "This page's number, from 0.", example = "0") int page,
        @Schema(description = "Requests per page.", example = "20") int size) {

    static RequestPageView of(RequestPage page) {
        return new RequestPageView(page.items().stream().map(RequestSummary::of).toList(), page.total(), page.page(),
                page.size());
    }
}
