package org.procurement.approval.domain;

/** Where a case stands. Everything but OPEN is final. */
public enum CaseStatus {
    OPEN, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED, CANCELLED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
