package org.procurement.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.catalog.domain.Category;
import org.procurement.catalog.domain.ItemDetails;

/** What an administrator sends to create or replace a catalogue item. */
@Schema(name = "ItemInput", description = "The facts of a catalogue item as an administrator enters them.")
public record ItemInput(
        @Schema(description = "Stock-keeping unit: unique, upper case letters, digits and dashes.", example = "KR-ART-K9A1")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper case letters, digits and dashes")
        String sku,
        @Schema(description = "Designation of the system.", example = "K9A1 Thunder")
        @NotBlank @Size(max = 120) String designation,
        @Schema(description = "What it is.", example = "155 mm self-propelled howitzer")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Kind of system.", example = "ARTILLERY")
        @NotNull Category category,
        @Schema(description = "Manufacturer.", example = "Hanwha Aerospace")
        @NotBlank @Size(max = 120) String manufacturer,
        @Schema(description = "Longer description.", example = "52-calibre 155 mm howitzer on a tracked chassis with automatic fire control.")
        @Size(max = 4000) String description,
        @Schema(description = "Whether the item is lethal equipment (drives approval policy).", example = "true")
        @NotNull Boolean lethal,
        @Schema(description = "Whether it is major defence equipment.", example = "true")
        @NotNull Boolean majorDefenseEquipment,
        @Schema(description = "Wassenaar Munitions List category ML1…ML22; omit for items not on the list.", example = "ML2")
        @Pattern(regexp = "ML([1-9]|1[0-9]|2[0-2])", message = "must be a Wassenaar Munitions List code ML1 to ML22")
        String mlCode,
        @Schema(description = "Price of one unit of issue, in the catalogue's currency.")
        @NotNull @Valid Money unitPrice,
        @Schema(description = "Unit in which the item is issued.", example = "vehicle")
        @NotBlank @Size(max = 40) String unitOfIssue,
        @Schema(description = "Quantity that can be requested now.", example = "24")
        @NotNull @Min(value = 0, message = "must not be negative") @Max(1_000_000_000) Integer availableQuantity,
        @Schema(description = "Days from order to delivery.", example = "180")
        @NotNull @Min(value = 0, message = "must not be negative") @Max(3650) Integer leadTimeDays) {

    public ItemDetails toDetails() {
        return new ItemDetails(sku, designation.strip(), name.strip(), category, manufacturer.strip(),
                description == null ? null : description.strip(), lethal, majorDefenseEquipment, mlCode,
                unitPrice.amount(), unitPrice.currency(), unitOfIssue.strip(), availableQuantity, leadTimeDays);
    }
}
