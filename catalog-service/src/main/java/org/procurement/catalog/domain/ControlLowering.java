package org.procurement.catalog.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a change of an item's facts lowers export control, and how. Such a change routes later requests past
 * export control or the policy board, so one administrator alone may not make it: lethal or major defence equipment
 * turned off, the Munitions List code removed, or the category moved out of the controlled ones.
 */
public final class ControlLowering {

    /** Categories whose items are weapons or their ammunition by nature. */
    public static final Set<Category> CONTROLLED = Set.of(Category.ARTILLERY, Category.AIR_DEFENSE,
            Category.AMMUNITION);

    private ControlLowering() {
    }

    /** One lowered fact: the field, its value before and after, and why that lowers control. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lowered(String field, String before, String after, String why) {
    }

    /** Every way the change lowers control; empty when it keeps or raises it. */
    public static List<Lowered> of(ItemDetails before, ItemDetails after) {
        List<Lowered> lowered = new ArrayList<>();
        if (before.lethal() && !after.lethal()) {
            lowered.add(new Lowered("lethal", "true", "false", "the item would no longer count as lethal equipment"));
        }
        if (before.majorDefenseEquipment() && !after.majorDefenseEquipment()) {
            lowered.add(new Lowered("majorDefenseEquipment", "true", "false",
                    "the item would no longer count as major defence equipment"));
        }
        String mlBefore = FieldChange.blankToNull(before.mlCode());
        if (mlBefore != null && FieldChange.blankToNull(after.mlCode()) == null) {
            lowered.add(new Lowered("mlCode", mlBefore, null, "the item would leave the Munitions List"));
        }
        if (CONTROLLED.contains(before.category()) && !CONTROLLED.contains(after.category())) {
            lowered.add(new Lowered("category", before.category().name(),
                    after.category() == null ? null : after.category().name(),
                    "the item would leave the controlled categories (artillery, air defence, ammunition)"));
        }
        return lowered;
    }
}
