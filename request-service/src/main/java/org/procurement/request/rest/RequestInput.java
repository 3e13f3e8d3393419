package org.procurement.request.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.client.Catalogue;
import org.procurement.request.domain.FinancingMethod;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.RequestDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * What a requester writes, for a new draft or to replace a draft's content. Only the title is required here; the
 * rest is checked, all at once, at submission. Limits equal the database's column lengths.
 */
@Schema(name = "RequestInput")
public record RequestInput(
        @Schema(example = "Artillery and air defence for the eastern front") @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String justification,
        @Size(max = 4000) String intendedEndUse,
        Priority priority,
        @Schema(description = "Must be in the future at submission.", example = "2027-03-01") LocalDate neededBy,
        @Valid DestinationDto destination,
        FinancingMethod financingMethod,
        @Valid EndUserCertificateDto endUserCertificate,
        @Size(max = Catalogue.MAX_IDS) List<@NotNull @Valid LineItemInput> lines) {

    RequestDetails toDomain() {
        return new RequestDetails(title, justification, intendedEndUse, priority, neededBy,
                destination == null ? null : destination.toDomain(), financingMethod,
                endUserCertificate == null ? null : endUserCertificate.toDomain(),
                lines == null ? List.of() : lines.stream().map(LineItemInput::toDomain).toList());
    }
}
