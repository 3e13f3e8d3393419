package org.procurement.approval.domain;

/** WAITING for earlier stages, OPEN for decisions, COMPLETED with its quorum, or STOPPED because the case closed first. */
public enum StageStatus {
    WAITING, OPEN, COMPLETED, STOPPED
}
