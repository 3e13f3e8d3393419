package org.procurement.approval.service;

import org.procurement.approval.domain.CaseStatus;

import java.util.UUID;

/** What a cancellation found: the case status after it, and whether this call cancelled it. */
public record Cancellation(UUID requestId, int round, CaseStatus caseStatus, Result result) {

    public enum Result { CANCELLED, ALREADY_CANCELLED, ALREADY_CLOSED }
}
