package org.procurement.request.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.LineItem;

import java.util.UUID;

@Schema(name = "LineItemInput", description = "A catalogue item and how many; the quantity may be left out in a draft.")
public record LineItemInput(
        @Schema(description = "The catalogue item's id (from catalog-service).",
                example = "38c4a8d9-b6ca-5906-844e-a4e152d80585")
        @NotNull UUID itemId,
        @Schema(description = "How many units of issue (vehicles, systems and so on); required at submission.", example = "6")
        @Positive @Max(1_000_000) Integer quantity,
        @Schema(description = "Anything the approvers should know about this line.",
                example = "K9A1 Thunder howitzers for two batteries")
        @Size(max = 500) String note) {

    static LineItemInput of(LineItem line) {
        return new LineItemInput(line.itemId(), line.quantity(), line.note());
    }

    LineItem toDomain() {
        return new LineItem(itemId, quantity, note);
    }
}
