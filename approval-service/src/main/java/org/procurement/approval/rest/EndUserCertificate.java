package org.procurement.approval.rest;

import java.time.LocalDate;

/** The end-user certificate as request-service sends it (export control checks it). */
public record EndUserCertificate(String number, String issuingAuthority, LocalDate issueDate, String signatory,
                                 String endUser, Boolean noReExportUndertaking) {
}
