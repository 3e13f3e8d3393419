package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of cases, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseList(
        List<CaseSummary> items,
        @Schema(description = "Cases matching the filters, on all pages.", example = "1") long total,
        @Schema(description = "This page's number, from 0.", example = "0") int page,
        @Schema(description = "Cases per page.", example = "20") int size) {
}
