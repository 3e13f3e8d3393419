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
        @NotNull UUID itemId,
        @Positive @Max(1_000_000) Integer quantity,
        @Size(max = 500) String note) {

    LineItem toDomain() {
        return new LineItem(itemId, quantity, note);
    }
}
