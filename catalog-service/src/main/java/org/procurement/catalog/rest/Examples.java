package org.procurement.catalog.rest;

/** Realistic request bodies shown in Swagger UI. */
final class Examples {

    private Examples() {
    }

    static final String NEW_ITEM = """
            {
              "sku": "KR-ART-K9A2",
              "designation": "K9A2 Thunder",
              "name": "155 mm self-propelled howitzer, automated loading",
              "category": "ARTILLERY",
              "manufacturer": "Hanwha Aerospace",
              "description": "58-calibre 155 mm howitzer with fully automated ammunition handling; 9 rounds per minute.",
              "lethal": true,
              "majorDefenseEquipment": true,
              "mlCode": "ML2",
              "unitPrice": {"amount": 4600000.00, "currency": "USD"},
              "unitOfIssue": "vehicle",
              "availableQuantity": 12,
              "leadTimeDays": 240
            }""";

    static final String RESERVATION = """
            {
              "reference": "REQ-2026-000123",
              "lines": [
                {"itemId": "38c4a8d9-b6ca-5906-844e-a4e152d80585", "quantity": 6},
                {"itemId": "b15d5d78-8287-5ac6-b857-b5e0e00f9c25", "quantity": 20}
              ]
            }""";
}
