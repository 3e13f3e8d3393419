package org.procurement.request.service;

import org.procurement.request.domain.Request;

import java.util.List;

/** One page of a request list, with the total number of matches. */
public record RequestPage(List<Request> items, long total, int page, int size) {
}
