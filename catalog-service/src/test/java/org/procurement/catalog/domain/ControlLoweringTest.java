package org.procurement.catalog.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlLoweringTest {

    static ItemDetails howitzer(Category category, boolean lethal, boolean major, String mlCode) {
        return new ItemDetails("KR-ART-K9A1", "K9A1", "Howitzer", category, "Hanwha", null, lethal, major, mlCode,
                new BigDecimal("3800000.00"), "USD", "vehicle", 10, 180);
    }

    static final ItemDetails CONTROLLED = howitzer(Category.ARTILLERY, true, true, "ML2");

    @Test
    void eachWayOfLoweringControlIsNamed() {
        assertEquals(List.of("lethal"), fields(ControlLowering.of(CONTROLLED, howitzer(Category.ARTILLERY, false, true, "ML2"))));
        assertEquals(List.of("majorDefenseEquipment"), fields(ControlLowering.of(CONTROLLED, howitzer(Category.ARTILLERY, true, false, "ML2"))));
        assertEquals(List.of("mlCode"), fields(ControlLowering.of(CONTROLLED, howitzer(Category.ARTILLERY, true, true, null))));
        assertEquals(List.of("mlCode"), fields(ControlLowering.of(CONTROLLED, howitzer(Category.ARTILLERY, true, true, " "))));
        assertEquals(List.of("category"), fields(ControlLowering.of(CONTROLLED, howitzer(Category.LOGISTICS, true, true, "ML2"))));
        assertEquals(List.of("lethal", "majorDefenseEquipment", "mlCode", "category"),
                fields(ControlLowering.of(CONTROLLED, howitzer(Category.MEDICAL, false, false, null))));
    }

    @Test
    void raisingOrKeepingControlIsNotLowering() {
        ItemDetails tent = howitzer(Category.LOGISTICS, false, false, null);
        assertTrue(ControlLowering.of(tent, CONTROLLED).isEmpty());
        assertTrue(ControlLowering.of(CONTROLLED, CONTROLLED).isEmpty());
        // Another Munitions List code, or a move between controlled categories, keeps control.
        assertTrue(ControlLowering.of(CONTROLLED, howitzer(Category.AMMUNITION, true, true, "ML3")).isEmpty());
    }

    @Test
    void fieldChangesListOnlyWhatDiffers() {
        List<FieldChange> changes = FieldChange.between(CONTROLLED, howitzer(Category.ARTILLERY, true, true, "ML4"));
        assertEquals(List.of(new FieldChange("mlCode", "ML2", "ML4")), changes);
        // Creation lists every field that has a value: all 14 but the absent description.
        assertEquals(13, FieldChange.between(null, CONTROLLED).size());
    }

    private static List<String> fields(List<ControlLowering.Lowered> lowered) {
        return lowered.stream().map(ControlLowering.Lowered::field).toList();
    }
}
