package org.procurement.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field of an item before and after a change, as text (null, and absent in JSON, where the field had no value). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChange(String field, String before, String after) {

    /** The fields that differ between two versions of an item's facts, in the API's field order. */
    public static List<FieldChange> between(ItemDetails before, ItemDetails after) {
        Map<String, String> then = before == null ? Map.of() : values(before);
        List<FieldChange> changes = new ArrayList<>();
        values(after).forEach((field, now) -> {
            String was = then.get(field);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
        });
        return changes;
    }

    static Map<String, String> values(ItemDetails d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sku", d.sku());
        values.put("designation", d.designation());
        values.put("name", d.name());
        values.put("category", d.category() == null ? null : d.category().name());
        values.put("manufacturer", d.manufacturer());
        values.put("description", d.description());
        values.put("lethal", String.valueOf(d.lethal()));
        values.put("majorDefenseEquipment", String.valueOf(d.majorDefenseEquipment()));
        values.put("mlCode", blankToNull(d.mlCode()));
        values.put("unitPrice", d.unitPrice() == null ? null : plain(d.unitPrice()));
        values.put("currency", d.currency());
        values.put("unitOfIssue", d.unitOfIssue());
        values.put("availableQuantity", String.valueOf(d.availableQuantity()));
        values.put("leadTimeDays", String.valueOf(d.leadTimeDays()));
        return values;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
