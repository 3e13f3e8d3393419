package org.procurement.request.service;

import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestDocument;
import org.procurement.request.domain.RequestStatus;

import java.util.List;

/**
 * What this service announces to its neighbours when a request changes. Called inside the transaction that made
 * the change, so the outbox rows it writes commit or roll back with it.
 */
public interface RequestEvents {

    /**
     * The request was submitted for a new round with these documents: approval-service should open a case, which
     * names the documents (kind, name, SHA-256) its decisions see.
     */
    void submitted(Request request, List<RequestDocument> documents);

    /** The request was withdrawn from status {@code from}: cancel its open case, or release what was reserved. */
    void withdrawn(Request request, RequestStatus from, String reason, String actor);

    /** approval-service's decision was applied (for example: reserve quantities when approved). */
    void decided(Request request);

    /** Ask the catalogue again to reserve the quantities of a request waiting for stock. */
    void reserveAgain(Request request);

    /** Whether a reservation of this request is written but not yet answered by the catalogue. */
    boolean reservationOnItsWay(Request request);
}
