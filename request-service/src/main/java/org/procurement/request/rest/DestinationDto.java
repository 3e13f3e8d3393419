package org.procurement.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.request.domain.DeliveryDestination;

@Schema(name = "DeliveryDestination", description = "Where the equipment is to be delivered.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestinationDto(
        @Schema(description = "ISO 3166 alpha-2 country code of the destination.", example = "UA")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 country code (two capital letters)")
        String country,
        @Schema(description = "City, base or depot of delivery.", example = "Kyiv") @Size(max = 200) String location) {

    DeliveryDestination toDomain() {
        return new DeliveryDestination(country, location);
    }

    static DestinationDto of(DeliveryDestination destination) {
        return destination == null ? null : new DestinationDto(destination.country(), destination.location());
    }
}
