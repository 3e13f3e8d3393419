package org.procurement.approval.domain;

/** Where a policy proposal stands: waiting for a second authorizer, published, or turned down. */
public enum ProposalStatus {
    PROPOSED, APPROVED, REJECTED
}
