package org.procurement.approval.domain;

/** What one person decides on a stage. */
public enum DecisionOutcome {
    APPROVE, APPROVE_WITH_CONDITIONS, RETURN_FOR_AMENDMENT, REJECT;

    /** Counts towards the stage's quorum. */
    public boolean approves() {
        return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
    }
}
