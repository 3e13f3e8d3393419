package org.procurement.catalog;

/** Request bodies for catalogue tests. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static String itemJson(String sku) {
        return """
                {"sku": "%s", "name": "Test howitzer", "category": "ARTILLERY"}
                """.formatted(sku);
    }
}
