package org.procurement.approval.rest;

import java.util.List;

public record CaseList(List<CaseSummary> items, long total, int page, int size) {
}
