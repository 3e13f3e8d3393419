package org.procurement.approval.service;

import org.procurement.approval.domain.Delegation;

import java.time.Instant;
import java.util.List;

/** One page of delegations, the total across pages, and the moment "active" was judged at. */
public record DelegationPage(List<Delegation> delegations, long total, Instant asOf) {
}
