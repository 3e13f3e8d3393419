package org.procurement.request.service;

import org.procurement.request.domain.Request;

/**
 * What this service announces to its neighbours when a request changes. Called inside the transaction that made
 * the change, so an implementation that writes an outbox row commits or rolls back with it; the lifecycle issue
 * supplies that implementation in place of {@link NoRequestEvents}.
 */
public interface RequestEvents {

    /** The request was submitted for a new round: approval-service should open a case. */
    void submitted(Request request);

    /** The request was withdrawn: an open case should be cancelled. */
    void withdrawn(Request request, String reason, String actor);

    /** approval-service's decision was applied (for example: reserve quantities when approved). */
    void decided(Request request);
}
