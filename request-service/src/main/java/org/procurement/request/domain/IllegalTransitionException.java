package org.procurement.request.domain;

import org.procurement.support.problem.ProblemException;

/** A move the lifecycle does not allow from the request's current status: 409, naming that status. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String reference, RequestStatus current, String attempted) {
        super(409, "illegal-transition", "Illegal status transition",
                "Request " + reference + " is " + current + "; it cannot be " + attempted + ".");
        with("currentStatus", current.name());
    }
}
