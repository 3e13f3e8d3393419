package org.procurement.approval.service;

import org.procurement.approval.domain.CaseStatus;

import java.util.UUID;

/** Filters of the case list; null means "any". */
public record CaseQuery(CaseStatus status, UUID requestId, String reference, int page, int size) {
}
