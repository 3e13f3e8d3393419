package org.procurement.catalog;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Catalogue items for tests: bodies that are valid unless a test spoils them, and a way to create them. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static String uniqueSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A complete, valid item body; tests change single fields to probe validation. */
    static Map<String, Object> item(String sku) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("designation", "K9A1 Thunder");
        body.put("name", "155 mm self-propelled howitzer");
        body.put("category", "ARTILLERY");
        body.put("manufacturer", "Hanwha Aerospace");
        body.put("description", "Test item");
        body.put("lethal", true);
        body.put("majorDefenseEquipment", true);
        body.put("mlCode", "ML2");
        body.put("unitPrice", new HashMap<>(Map.of("amount", "3800000.00", "currency", "USD")));
        body.put("unitOfIssue", "vehicle");
        body.put("availableQuantity", 10);
        body.put("leadTimeDays", 180);
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType(ContentType.JSON).body(body)
                .when().post("/catalog/items").then();
    }

    /** Creates an item and returns its id. */
    static String create(Map<String, Object> body) {
        return post(body).statusCode(201).extract().path("id");
    }
}
