package org.procurement.approval.service;

import org.procurement.approval.domain.ApprovalCase;

import java.util.List;

/** One page of cases and how many match in all. */
public record CasePage(List<ApprovalCase> cases, long total) {
}
