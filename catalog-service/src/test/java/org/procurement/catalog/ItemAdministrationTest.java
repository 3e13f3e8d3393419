package org.procurement.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.post;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

@QuarkusTest
class ItemAdministrationTest {

    private static final String ADMIN = Tokens.of(DemoUser.ADMIN);

    @Test
    void adminCreatesAnItemWithLocationAndETag() {
        String sku = uniqueSku("KR-ART");
        String id = post(item(sku)).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("sku", equalTo(sku))
                .body("status", equalTo("ACTIVE"))
                .body("unitPrice.amount", equalTo(3800000.00f))
                .body("unitPrice.currency", equalTo("USD"))
                .body("createdBy", equalTo("admin"))
                .extract().path("id");
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/catalog/items/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("sku", equalTo(sku));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/catalog/items/by-sku/" + sku.toLowerCase())
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void locationHeaderNamesTheNewItem() {
        var response = post(item(uniqueSku("KR-LOC"))).statusCode(201).extract();
        String id = response.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(response.header("Location").endsWith("/catalog/items/" + id),
                response.header("Location"));
    }

    @Test
    void duplicateSkuIsRefusedWith409() {
        String sku = uniqueSku("KR-DUP");
        create(item(sku));
        Map<String, Object> again = item(sku);
        again.put("name", "Another item with the same SKU");
        post(again).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-sku"))
                .body("violations.field", hasItem("sku"));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Map<String, Object> body = item(uniqueSku("KR-BAD"));
        body.put("name", " ");
        body.put("designation", "");
        body.put("availableQuantity", -1);
        body.put("leadTimeDays", -5);
        body.put("mlCode", "ML23");
        body.put("unitPrice", new HashMap<>(Map.of("amount", "-10.00", "currency", "USD")));
        post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("violations.field", containsInAnyOrder("name", "designation", "availableQuantity",
                        "leadTimeDays", "mlCode", "unitPrice.amount"));
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        post(new HashMap<>(Map.of("sku", uniqueSku("KR-MIN")))).statusCode(400)
                .body("violations.field", containsInAnyOrder("designation", "name", "category", "manufacturer",
                        "lethal", "majorDefenseEquipment", "unitPrice", "unitOfIssue", "availableQuantity", "leadTimeDays"));
    }

    @Test
    void unknownCategoryIs400NamingTheFieldAndTheAllowedValues() {
        Map<String, Object> body = item(uniqueSku("KR-CAT"));
        body.put("category", "SPACESHIPS");
        post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("category"))
                .body("violations[0].message", containsString("AIR_DEFENSE"));
    }

    @Test
    void priceInAnotherCurrencyIsRefused() {
        Map<String, Object> body = item(uniqueSku("KR-EUR"));
        body.put("unitPrice", new HashMap<>(Map.of("amount", "100.00", "currency", "EUR")));
        post(body).statusCode(400).body("violations[0].field", equalTo("unitPrice.currency"))
                .body("violations[0].message", containsString("USD"));
        body.put("unitPrice", new HashMap<>(Map.of("amount", "100.00", "currency", "dollars")));
        post(body).statusCode(400).body("violations.field", hasItem("unitPrice.currency"));
    }

    @Test
    void priceWithMoreThanTwoDecimalsIsRefused() {
        Map<String, Object> body = item(uniqueSku("KR-DEC"));
        body.put("unitPrice", new HashMap<>(Map.of("amount", "10.001", "currency", "USD")));
        post(body).statusCode(400).body("violations.field", hasItem("unitPrice.amount"));
    }

    @Test
    void wrongTypeIsNamed() {
        Map<String, Object> body = item(uniqueSku("KR-TYP"));
        body.put("availableQuantity", "many");
        post(body).statusCode(400).body("violations[0].field", equalTo("availableQuantity"));
    }

    @Test
    void unknownFieldIsRefusedRatherThanDropped() {
        Map<String, Object> body = item(uniqueSku("KR-UNK"));
        body.put("availableQuantitiy", 5);
        post(body).statusCode(400).body("violations[0].field", equalTo("availableQuantitiy"));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = create(item(uniqueSku("KR-UPD")));
        Map<String, Object> changed = item(uniqueSku("KR-UPD"));
        changed.put("availableQuantity", 7);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(changed)
                .when().put("/catalog/items/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("type", endsWith("/precondition-required"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/catalog/items/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("availableQuantity", equalTo(7))
                .body("version", equalTo(1));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/catalog/items/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("currentVersion", equalTo(1));
    }

    @Test
    void updateOfAMissingItemIs404() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(item(uniqueSku("KR-404")))
                .when().put("/catalog/items/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void missingItemAndMalformedIdAre404Problems() {
        given().auth().oauth2(ADMIN).when().get("/catalog/items/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get("/catalog/items/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get("/catalog/items/by-sku/NO-SUCH-SKU")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withdrawnItemStaysReadableButLeavesTheDefaultListing() {
        String sku = uniqueSku("KR-WDR");
        String id = create(item(sku));
        given().auth().oauth2(ADMIN).when().post("/catalog/items/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(ADMIN).when().post("/catalog/items/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/catalog/items/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).queryParam("q", sku).when().get("/catalog/items")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).queryParam("q", sku).queryParam("status", "WITHDRAWN")
                .when().get("/catalog/items").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void onlyCatalogAdminsChangeTheCatalogue() {
        String id = create(item(uniqueSku("KR-ROL")));
        for (DemoUser user : new DemoUser[] {DemoUser.OLENA, DemoUser.MINJUN, DemoUser.AUDREY}) {
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(item(uniqueSku("KR-ROL")))
                    .when().post("/catalog/items").then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(item(uniqueSku("KR-ROL"))).when().put("/catalog/items/" + id).then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).when().post("/catalog/items/" + id + "/withdraw")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(item(uniqueSku("KR-ROL"))).when().post("/catalog/items")
                .then().statusCode(401);
        given().when().get("/catalog/items/" + id).then().statusCode(401);
        given().when().get("/catalog/categories").then().statusCode(401);
    }
}
