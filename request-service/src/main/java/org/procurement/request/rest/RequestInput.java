package org.procurement.request.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.client.Catalogue;
import org.procurement.request.domain.FinancingMethod;
import org.procurement.request.domain.Priority;
import org.procurement.request.domain.Request;
import org.procurement.request.domain.RequestDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * What a requester writes, for a new draft or to replace a draft's content. Only the title is required here; the
 * rest is checked, all at once, at submission. Limits equal the database's column lengths.
 */
@Schema(name = "RequestInput", description = "What a requester writes, for a new draft or to replace a draft's or "
        + "returned request's content. Only the title is required while drafting; everything else is required, and "
        + "checked all at once, at submission.")
public record RequestInput(
        @Schema(description = "A short title that says what is requested.",
                example = "Artillery and air defence for the eastern front")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Why the equipment is needed. Required at submission.",
                example = "Counter-battery fire and short-range air defence to protect the brigades holding the "
                        + "eastern front.")
        @Size(max = 4000) String justification,
        @Schema(description = "Who will use the equipment, where and for what. Required at submission.",
                example = "Operated by the Armed Forces of Ukraine within Ukraine's borders, for territorial defence only.")
        @Size(max = 4000) String intendedEndUse,
        @Schema(description = "How urgently it is needed. Required at submission.", example = "URGENT")
        Priority priority,
        @Schema(description = "The date by which it is needed; must be in the future at submission.",
                example = "2027-03-01")
        LocalDate neededBy,
        @Schema(description = "Where to deliver. Required at submission.") @Valid DestinationDto destination,
        @Schema(description = "How the requesting government intends to pay. Required at submission.",
                example = "GRANT")
        FinancingMethod financingMethod,
        @Schema(description = "The requesting government's end-user certificate. Required, complete, at submission.")
        @Valid EndUserCertificateDto endUserCertificate,
        @Schema(description = "The catalogue items wanted, at most 100 lines; at least one, each with a quantity, at "
                + "submission. The catalogue prices them when the request is submitted.")
        @Size(max = Catalogue.MAX_IDS) List<@NotNull @Valid LineItemInput> lines) {

    /** A request's content as a requester would write it: the document a merge patch applies to. */
    static RequestInput of(Request r) {
        return new RequestInput(r.title(), r.justification(), r.intendedEndUse(), r.priority(), r.neededBy(),
                r.destination() == null ? null : DestinationDto.of(r.destination()), r.financingMethod(),
                r.endUserCertificate() == null ? null : EndUserCertificateDto.of(r.endUserCertificate()),
                r.lines().stream().map(LineItemInput::of).toList());
    }

    RequestDetails toDomain() {
        return new RequestDetails(title, justification, intendedEndUse, priority, neededBy,
                destination == null ? null : destination.toDomain(), financingMethod,
                endUserCertificate == null ? null : endUserCertificate.toDomain(),
                lines == null ? List.of() : lines.stream().map(LineItemInput::toDomain).toList());
    }
}
