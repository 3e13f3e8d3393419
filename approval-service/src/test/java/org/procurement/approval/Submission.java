package org.procurement.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.procurement.testing.contract.EventContract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

        /** The line as request-service sends it: the shared contract's line with these values. */
        ObjectNode json() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("itemId", itemId);
            values.put("sku", sku);
            values.put("designation", sku);
            values.put("quantity", quantity);
            values.put("unitPrice", unitPrice);
            values.put("lineTotal", lineTotal());
            values.put("lethal", lethal);
            values.put("majorDefenseEquipment", majorDefenseEquipment);
            return EventContract.element("open-case", "lines", values);
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

    /** The round as request-service sends it: the shared contract document with this submission's values. */
    String json() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eventId", UUID.randomUUID());
        values.put("requestId", requestId);
        values.put("round", round);
        values.put("reference", reference);
        values.put("organisation", organisation);
        values.put("submittedBy", submittedBy);
        values.put("title", "Test request " + reference);
        values.put("priority", priority);
        values.put("destinationCountry", destination);
        values.put("lines", lines.stream().map(Line::json).toList());
        values.put("total", total());
        return EventContract.document("open-case", values);
    }
}
