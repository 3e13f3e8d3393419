package org.procurement.request.domain;

import org.procurement.support.domain.RuleViolation;

/** A move the lifecycle does not allow from the request's current status: 409, naming that status. */
public class IllegalTransitionException extends RuleViolation {

    public IllegalTransitionException(String reference, RequestStatus current, String attempted) {
        super(Kind.CONFLICT, "illegal-transition", "Illegal status transition",
                "Request " + reference + " is " + current + "; it cannot be " + attempted + ".");
        with("currentStatus", current.name());
    }
}
