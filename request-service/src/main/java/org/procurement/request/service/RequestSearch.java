package org.procurement.request.service;

import org.procurement.request.domain.Priority;
import org.procurement.request.domain.RequestStatus;

import java.time.LocalDate;

/** The filters of a request list (each optional) and the page wanted. Dates are inclusive, in UTC. */
public record RequestSearch(
        RequestStatus status,
        Priority priority,
        String organisation,
        String reference,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        int page,
        int size) {
}
