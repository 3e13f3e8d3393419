package org.procurement.request.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** approval-service's answer to a cancellation: the case status after the call, and what the call found. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseCancellation(String caseStatus, String result) {
}
