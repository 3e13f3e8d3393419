package org.procurement.request.service;

import org.procurement.request.domain.RequestStatus;

/** The answer to an event: whether it changed the request, whether it had been received before, and the status now. */
public record EventReceipt(boolean applied, boolean duplicate, RequestStatus status) {
}
