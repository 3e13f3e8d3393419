package org.procurement.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;

/** Listing, filters, sorting and paging over a set of items that only this class creates (tagged by manufacturer). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemSearchTest {

    private static final String OLENA = Tokens.of(DemoUser.OLENA);
    private final String maker = "Maker" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> ids = new ArrayList<>();

    /** Once per class, but in @BeforeEach: REST Assured knows the test port only from then on. */
    @BeforeEach
    void createTwentyFiveItems() {
        if (!ids.isEmpty()) {
            return;
        }
        for (int i = 0; i < 25; i++) {
            Map<String, Object> body = item(CatalogFixtures.uniqueSku("KR-SRCH"));
            body.put("manufacturer", maker);
            body.put("name", String.format("Item %02d", i));
            body.put("category", i % 5 == 0 ? "AIR_DEFENSE" : "MEDICAL");
            body.put("lethal", i % 5 == 0);
            body.put("availableQuantity", i % 2 == 0 ? 0 : 3);
            body.put("unitPrice", Map.of("amount", String.valueOf(1000 + (i * 37) % 25), "currency", "USD"));
            ids.add(create(body));
        }
    }

    private ExtractableResponse<Response> list(Map<String, ?> params) {
        return given().auth().oauth2(OLENA).queryParam("q", maker).queryParams(params)
                .when().get("/catalog/items").then().statusCode(200).extract();
    }

    @Test
    void pagesCoverEveryItemOnceInAStableOrderWithTotalsAndLinks() {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ExtractableResponse<Response> response = list(Map.of("page", page, "size", 10));
            assertEquals(25, (int) response.path("total"));
            List<String> pageIds = response.path("items.id");
            assertEquals(page < 2 ? 10 : 5, pageIds.size());
            pageIds.forEach(id -> assertTrue(seen.add(id), "item repeated across pages: " + id));
            names.addAll(response.path("items.name"));
            if (page < 2) {
                assertTrue(response.<String>path("links.next").contains("page=" + (page + 1)));
            } else {
                assertEquals(null, response.<String>path("links.next"));
            }
        }
        assertEquals(new HashSet<>(ids), seen);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareTo);
        assertEquals(sorted, names);
    }

    @Test
    void filtersCombine() {
        given().auth().oauth2(OLENA).queryParam("q", maker).queryParam("category", "AIR_DEFENSE")
                .when().get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.category", everyItem(equalTo("AIR_DEFENSE")));
        given().auth().oauth2(OLENA).queryParam("q", maker).queryParam("lethal", "false").queryParam("inStock", "true")
                .when().get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.lethal", everyItem(equalTo(false)));
        given().auth().oauth2(OLENA).queryParam("q", maker).queryParam("category", "AIR_DEFENSE,MEDICAL")
                .queryParam("size", 100).when().get("/catalog/items").then().statusCode(200).body("total", equalTo(25));
    }

    @Test
    void textSearchIgnoresCaseAndMatchesSkuDesignationNameAndManufacturer() {
        given().auth().oauth2(OLENA).queryParam("q", maker.toUpperCase()).when().get("/catalog/items")
                .then().statusCode(200).body("total", equalTo(25));
        given().auth().oauth2(OLENA).queryParam("q", "thunder").when().get("/catalog/items")
                .then().statusCode(200).body("items.sku", hasItem("KR-ART-K9A1"));
        given().auth().oauth2(OLENA).queryParam("q", "kr-ada-chi").when().get("/catalog/items")
                .then().statusCode(200).body("items.sku", hasItem("KR-ADA-CHIRON"));
        given().auth().oauth2(OLENA).queryParam("q", "100%_").when().get("/catalog/items")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void sortsByPriceBothWays() {
        List<Float> ascending = list(Map.of("sort", "price", "size", 100)).path("items.unitPrice.amount");
        List<Float> descending = list(Map.of("sort", "-price", "size", 100)).path("items.unitPrice.amount");
        List<Float> expected = new ArrayList<>(ascending);
        expected.sort(Float::compare);
        assertEquals(expected, ascending);
        List<Float> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
        assertTrue(new BigDecimal(ascending.get(0).toString()).compareTo(new BigDecimal(ascending.get(24).toString())) < 0);
    }

    @Test
    void batchLookupResolvesIdsWhateverTheirStatusAndSkipsUnknownOnes() {
        String withdrawn = ids.get(3);
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).when().post("/catalog/items/" + withdrawn + "/withdraw")
                .then().statusCode(200);
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.service("request-service"))
                .queryParam("ids", ids.get(1)).queryParam("ids", withdrawn).queryParam("ids", unknown)
                .when().get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItems(ids.get(1), withdrawn))
                .body("items.find { it.id == '" + withdrawn + "' }.status", equalTo("WITHDRAWN"));
    }

    @Test
    void invalidParametersAre400NamingTheParameter() {
        Map<String, String> cases = Map.of(
                "category", "SPACESHIPS",
                "lethal", "maybe",
                "status", "GONE",
                "size", "0",
                "page", "-1",
                "sort", "colour",
                "ids", "not-a-uuid");
        cases.forEach((name, value) -> given().auth().oauth2(OLENA).queryParam(name, value)
                .when().get("/catalog/items").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(name)));
        given().auth().oauth2(OLENA).queryParam("size", "101").when().get("/catalog/items").then().statusCode(400)
                .body("detail", containsString("between 1 and 100"));
    }

    @Test
    void categoriesListEveryCategoryWithActiveCounts() {
        given().auth().oauth2(OLENA).when().get("/catalog/categories").then().statusCode(200)
                .body("size()", equalTo(9))
                .body("find { it.category == 'LOGISTICS' }.activeItems", equalTo(2))
                .body("find { it.category == 'COMMUNICATIONS' }.activeItems", equalTo(1));
    }

    @Test
    void demoCatalogueIsLoadedWithWithdrawnItemsHiddenByDefault() {
        given().auth().oauth2(OLENA).when().get("/catalog/items/by-sku/KR-ART-KH179").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("mlCode", equalTo("ML2"));
        given().auth().oauth2(OLENA).queryParam("q", "KR-ART-KH179").when().get("/catalog/items").then()
                .statusCode(200).body("total", equalTo(0)).body("links.next", nullValue());
        given().auth().oauth2(OLENA).when().get("/catalog/items/by-sku/KR-MED-IFAK").then().statusCode(200)
                .body("mlCode", nullValue()).body("lethal", equalTo(false));
    }
}
