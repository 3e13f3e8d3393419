package org.procurement.request.service;

import org.procurement.request.domain.Request;

/** The outcome of creating a draft: the request, and whether it was created now or by an earlier call with the same key. */
public record Creation(Request request, boolean created) {
}
