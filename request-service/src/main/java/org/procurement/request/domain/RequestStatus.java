package org.procurement.request.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands. The legal moves between statuses live here, in one table. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    /** Approved, but the catalogue could not reserve the quantities: retried once the stock is there. */
    APPROVED_AWAITING_STOCK,
    REJECTED,
    RETURNED,
    WITHDRAWN;

    private static final Set<RequestStatus> DECISIONS =
            EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, RETURNED);

    /** Whether the lifecycle allows moving from this status to {@code next}. */
    public boolean canMoveTo(RequestStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED || next == WITHDRAWN;
            // A decision may arrive while the case-opened event is still in flight, hence SUBMITTED → decision.
            case SUBMITTED -> next == IN_REVIEW || next == WITHDRAWN || DECISIONS.contains(next);
            case IN_REVIEW -> next == WITHDRAWN || DECISIONS.contains(next);
            // Returned for amendment: the requester edits and resubmits, which starts a new round.
            case RETURNED -> next == SUBMITTED || next == WITHDRAWN;
            // An approved request can still be given up (its reserved quantities are then released);
            // a rejection or a withdrawal is the end.
            case APPROVED, APPROVED_WITH_CONDITIONS -> next == WITHDRAWN || next == APPROVED_AWAITING_STOCK;
            // Back to the approval it had once the quantities are reserved, or given up.
            case APPROVED_AWAITING_STOCK -> next == APPROVED || next == APPROVED_WITH_CONDITIONS || next == WITHDRAWN;
            case REJECTED, WITHDRAWN -> false;
        };
    }

    /** Only a draft or a returned request may be changed by its requester. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
