package org.procurement.approval.domain;

/** Where a case stands. Everything but OPEN is final. */
public enum CaseStatus {
    OPEN, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED, CANCELLED;

    public boolean isClosed() {
        return this != OPEN;
    }

    /**
     * Still on its way to a supply: open or approved, not rejected, returned or cancelled. Only live cases count
     * towards an organisation's aggregated totals.
     */
    public boolean isLive() {
        return this == OPEN || this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
