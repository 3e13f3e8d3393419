package org.procurement.request.domain;

/** How the requesting government intends to pay. */
public enum FinancingMethod {
    GRANT,
    LOAN,
    PURCHASE,
    THIRD_PARTY_FUNDED
}
