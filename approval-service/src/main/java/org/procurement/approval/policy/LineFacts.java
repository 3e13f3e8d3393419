package org.procurement.approval.policy;

/** What the policy may ask about one requested line. */
public record LineFacts(String sku, boolean lethal, boolean majorDefenseEquipment) {

    String label(int index) {
        return "line " + (index + 1) + (sku == null || sku.isBlank() ? "" : " (" + sku + ")");
    }
}
