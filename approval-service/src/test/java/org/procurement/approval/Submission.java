package org.procurement.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A request round as request-service would submit it to POST /internal/cases, with knobs for the routing facts. */
final class Submission {

    /**
     * A line of one catalogue item. Each new line is a different item (its own {@code itemId}), so that tests'
     * requests never add up in an organisation's aggregated totals by accident; {@link #again} asks for the same
     * item once more.
     */
    record Line(UUID itemId, String sku, int quantity, BigDecimal unitPrice, boolean lethal,
                boolean majorDefenseEquipment) {

        Line(String sku, int quantity, BigDecimal unitPrice, boolean lethal, boolean majorDefenseEquipment) {
            this(UUID.randomUUID(), sku, quantity, unitPrice, lethal, majorDefenseEquipment);
        }

        /** The same catalogue item, in another quantity. */
        Line again(int otherQuantity) {
            return new Line(itemId, sku, otherQuantity, unitPrice, lethal, majorDefenseEquipment);
        }

        BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }

        String json() {
            return """
                    {"itemId": "%s", "sku": "%s", "designation": "%s", "quantity": %d, "unitPrice": %s, "currency": "USD",
                     "lineTotal": %s, "lethal": %s, "majorDefenseEquipment": %s, "mlCode": "ML4"}"""
                    .formatted(itemId, sku, sku, quantity, unitPrice.toPlainString(),
                            lineTotal().toPlainString(), lethal, majorDefenseEquipment);
        }
    }

    final UUID requestId = UUID.randomUUID();
    final String reference = "REQ-T-" + requestId.toString().substring(0, 8).toUpperCase();
    int round = 1;
    String organisation = "UA-MOD";
    String submittedBy = "olena";
    String priority = "URGENT";
    String destination = "UA";
    final List<Line> lines = new ArrayList<>();

    /** Six K9A1 howitzers (lethal, major defence equipment), 21 million USD. */
    static Submission lethalArtilleryTo(String country) {
        Submission s = new Submission();
        s.destination = country;
        s.lines.add(new Line("KR-ART-K9A1", 6, new BigDecimal("3500000.00"), true, true));
        return s;
    }

    /** Field rations and tents: not lethal, not major defence equipment, 2.5 million USD. */
    static Submission nonLethalSuppliesTo(String country) {
        Submission s = new Submission();
        s.destination = country;
        s.lines.add(new Line("KR-SUP-TENT", 500, new BigDecimal("5000.00"), false, false));
        return s;
    }

    Submission withLine(Line line) {
        lines.add(line);
        return this;
    }

    Submission priority(String value) {
        priority = value;
        return this;
    }

    Submission by(String organisation, String submitter) {
        this.organisation = organisation;
        this.submittedBy = submitter;
        return this;
    }

    BigDecimal total() {
        return lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String json() {
        return """
                {
                  "eventId": "%s", "requestId": "%s", "round": %d, "reference": "%s",
                  "organisation": "%s", "submittedBy": "%s", "submittedAt": "2026-11-26T10:00:00Z",
                  "title": "Test request %s", "priority": "%s", "destinationCountry": "%s", "destinationLocation": "Kyiv",
                  "neededBy": "2027-03-01", "financingMethod": "GRANT",
                  "endUserCertificate": {"number": "EUC-1", "issuingAuthority": "Ministry of Defence", "issueDate": "2026-11-01",
                                         "signatory": "Minister", "endUser": "Armed Forces", "noReExportUndertaking": true},
                  "lines": [%s],
                  "total": %s, "currency": "USD"
                }""".formatted(UUID.randomUUID(), requestId, round, reference, organisation, submittedBy, reference,
                priority, destination, lines.stream().map(Line::json).collect(Collectors.joining(",")),
                total().toPlainString());
    }
}
