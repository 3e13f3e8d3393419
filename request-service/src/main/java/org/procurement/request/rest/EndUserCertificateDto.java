package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.EndUserCertificate;

import java.time.LocalDate;

@Schema(name = "EndUserCertificate", description = "The requesting government's end-user certificate.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndUserCertificateDto(
        @Schema(description = "The certificate's number.", example = "EUC-UA-2026-0412") @Size(max = 60) String number,
        @Schema(description = "Who issued it.", example = "Ministry of Defence of Ukraine") @Size(max = 200)
        String issuingAuthority,
        @Schema(description = "When it was issued; must not be in the future.", example = "2026-11-01")
        LocalDate issueDate,
        @Schema(description = "Who signed it.", example = "Deputy Minister of Defence for Procurement") @Size(max = 200)
        String signatory,
        @Schema(description = "Who will use the equipment.", example = "Armed Forces of Ukraine") @Size(max = 200)
        String endUser,
        @Schema(description = "Undertaking not to re-export; must be true to submit.", example = "true") Boolean noReExportUndertaking) {

    EndUserCertificate toDomain() {
        return new EndUserCertificate(number, issuingAuthority, issueDate, signatory, endUser, noReExportUndertaking);
    }

    static EndUserCertificateDto of(EndUserCertificate c) {
        return c == null ? null : new EndUserCertificateDto(c.number(), c.issuingAuthority(), c.issueDate(),
                c.signatory(), c.endUser(), c.noReExportUndertaking());
    }
}
