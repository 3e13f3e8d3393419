package org.procurement.approval.service;

import java.util.UUID;

/** The case for a request round, and whether this call opened it (false: it was already open, a retry). */
public record Opening(UUID caseId, boolean created) {
}
