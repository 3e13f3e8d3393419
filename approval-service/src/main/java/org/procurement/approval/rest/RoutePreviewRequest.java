package org.procurement.approval.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;

import java.math.BigDecimal;
import java.util.List;

/** Request facts to preview the route for; without a total, the line values are summed. */
public record RoutePreviewRequest(@NotNull Priority priority,
                                  @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
                                  @PositiveOrZero BigDecimal total,
                                  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                                  @NotEmpty @Size(max = 100) List<@NotNull @Valid PreviewLine> lines) {

    RequestFacts facts() {
        BigDecimal value = total != null ? total : lines.stream().map(PreviewLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RequestFacts(priority, destinationCountry, value, currency == null ? "USD" : currency,
                lines.stream().map(l -> new LineFacts(l.sku(), l.lethal(), l.majorDefenseEquipment())).toList());
    }
}
