package org.procurement.catalog.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An amount in a currency; amounts are decimals, never floating point. */
@Schema(description = "An amount of money in an ISO 4217 currency (always the catalogue's currency, default USD).")
public record Money(
        @Schema(description = "Decimal amount, at most two fraction digits.", example = "3800000.00")
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 integer and 2 fraction digits")
        BigDecimal amount,
        @Schema(description = "ISO 4217 currency code.", example = "USD")
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency) {
}
