package org.procurement.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.service.RequestPage;

import java.util.List;

@Schema(name = "RequestPage", description = "A page of requests, newest first.")
public record RequestPageView(List<RequestSummary> items, long total, int page, int size) {

    static RequestPageView of(RequestPage page) {
        return new RequestPageView(page.items().stream().map(RequestSummary::of).toList(), page.total(), page.page(),
                page.size());
    }
}
