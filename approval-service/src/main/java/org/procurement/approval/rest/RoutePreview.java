package org.procurement.approval.rest;

import java.math.BigDecimal;
import java.util.List;

/** The route a request would take under the current policy. */
public record RoutePreview(int policyVersion, List<String> conflictZones, BigDecimal total, List<StagePreview> stages) {
}
