package org.procurement.request.domain;

/** The decisions approval-service can reach on a case, each the status the request moves to. */
public enum CaseOutcome {
    APPROVED(RequestStatus.APPROVED),
    APPROVED_WITH_CONDITIONS(RequestStatus.APPROVED_WITH_CONDITIONS),
    REJECTED(RequestStatus.REJECTED),
    RETURNED(RequestStatus.RETURNED);

    private final RequestStatus status;

    CaseOutcome(RequestStatus status) {
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }
}
