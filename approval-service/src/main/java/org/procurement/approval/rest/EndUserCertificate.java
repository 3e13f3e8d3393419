package org.procurement.approval.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The end-user certificate as request-service sends it (export control checks it). */
@Schema(description = "The end-user certificate of the request, as request-service sends it; export control checks it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndUserCertificate(
        @Schema(description = "Certificate number.", example = "EUC-UA-2026-0412") String number,
        @Schema(description = "Authority that issued it.", example = "Ministry of Defence of Ukraine")
        String issuingAuthority,
        @Schema(description = "Date of issue.", example = "2026-11-01") LocalDate issueDate,
        @Schema(description = "Who signed it.", example = "Deputy Minister of Defence for Procurement")
        String signatory,
        @Schema(description = "Who will use the equipment.", example = "Armed Forces of Ukraine")
        String endUser,
        @Schema(description = "Whether the end user undertakes not to re-export the equipment.",
                example = "true")
        Boolean noReExportUndertaking) {
}
