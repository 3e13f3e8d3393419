package org.procurement.approval.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procurement.approval.policy.ItemLine;
import org.procurement.approval.policy.LineFacts;
import org.procurement.approval.policy.Priority;
import org.procurement.approval.policy.RequestFacts;

import java.math.BigDecimal;
import java.util.List;

/** Request facts to preview the route for; without a total, the line values are summed. */
@Schema(description = "The facts of a request that routing looks at; nothing else is needed to preview its route.")
public record RoutePreviewRequest(
        @Schema(description = "How urgently the answer is needed; sets each stage's due time.",
                example = "URGENT")
        @NotNull Priority priority,
        @Schema(description = "ISO 3166 alpha-2 code of the destination country, compared "
                + "with the conflict zones.", example = "UA")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String destinationCountry,
        @Schema(description = "Total value in the catalogue's currency; without it, the line "
                + "values are summed.", example = "43800000.00")
        @PositiveOrZero BigDecimal total,
        @Schema(description = "ISO 4217 code of the amounts (default USD, the catalogue's "
                + "currency).", example = "USD")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Schema(description = "The lines, 1 to 100.")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid PreviewLine> lines,
        @Schema(description = "Whose live requests count towards the aggregated total. Default: your own "
                + "organisation (token claim `org`). A requesting ministry may name only its own; reviewers, "
                + "export control, the policy board, authorizers and auditors may name any.", example = "UA-MOD")
        @Size(min = 1, max = 40) String organisation) {

    /** The lines by catalogue item and value, for the aggregated total. */
    List<ItemLine> itemLines() {
        return lines.stream().map(l -> new ItemLine(l.itemId(), l.value())).toList();
    }

    RequestFacts facts() {
        BigDecimal value = total != null ? total : lines.stream().map(PreviewLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RequestFacts(priority, destinationCountry, value, currency == null ? "USD" : currency,
                lines.stream().map(l -> new LineFacts(l.sku(), l.lethal(), l.majorDefenseEquipment())).toList());
    }
}
