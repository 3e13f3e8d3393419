package org.procurement.approval.policy;

/** One fault in a policy document: where (a JSON path such as {@code stages[2].quorum}) and why. */
public record PolicyViolation(String field, String message) {
}
