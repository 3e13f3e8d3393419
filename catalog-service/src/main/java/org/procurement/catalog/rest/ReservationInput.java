package org.procurement.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.ReservationLine;

import java.util.List;
import java.util.UUID;

@Schema(name = "ReservationInput", description = "Quantities to hold for a request reference, all or nothing.")
public record ReservationInput(
        @Schema(description = "The external reference, normally the request's reference.", example = "REQ-2026-000123")
        @NotBlank @Size(max = 40) String reference,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    @Schema(name = "ReservationInputLine")
    public record Line(
            @Schema(example = "5f0c3c1e-2d7a-4c2b-9a63-0a7f4f1e9a01") @NotNull UUID itemId,
            @Schema(example = "6") @NotNull @Min(1) @Max(1_000_000_000) Integer quantity) {
    }

    public List<ReservationLine.Wanted> wanted() {
        return lines.stream().map(line -> new ReservationLine.Wanted(line.itemId(), line.quantity())).toList();
    }
}
