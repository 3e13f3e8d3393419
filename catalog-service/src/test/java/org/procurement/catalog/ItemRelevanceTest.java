package org.procurement.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

/**
 * Text search by words (V7__item_words.sql): best matches first, words in any order, each word matching the start of
 * a word, and the words kept by the database as items change. One made-up word, unknown to every other test, is put
 * in different places of five items.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemRelevanceTest {

    private static final String OLENA = Tokens.of(DemoUser.OLENA);
    private final String word = "zr" + UUID.randomUUID().toString().substring(0, 8).replace('-', '0');
    /** Best match first: whole word in designation, name, manufacturer; then the word's start in designation, name. */
    private final List<String> bestFirst = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void createFiveItems() {
        if (!bestFirst.isEmpty()) {
            return;
        }
        bestFirst.add(withFields("Mike", word.toUpperCase() + "-1 launcher", "Hanwha Aerospace"));
        bestFirst.add(withFields("Zulu " + word + " mount", "Carriage", "Hanwha Aerospace"));
        bestFirst.add(withFields("Alpha", "Carriage", "Works " + word));
        bestFirst.add(withFields("Yankee", "Mark " + word + "x9", "Hanwha Aerospace"));
        bestFirst.add(withFields("Bravo " + word + "s", "Carriage", "Hanwha Aerospace"));
    }

    private String withFields(String name, String designation, String manufacturer) {
        Map<String, Object> body = item(uniqueSku("KR-REL"));
        body.put("name", name);
        body.put("designation", designation);
        body.put("manufacturer", manufacturer);
        return create(body);
    }

    @Test
    void bestMatchesComeFirstAndPagesStraddleWholeWordsAndWordStartsWithoutGapOrRepeat() {
        given().auth().oauth2(OLENA).queryParam("q", word).when().get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(5)).body("items.id", contains(bestFirst.toArray()));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(given().auth().oauth2(OLENA).queryParam("q", word).queryParam("size", 2)
                    .queryParam("page", page).when().get("/catalog/items").then().statusCode(200)
                    .body("total", equalTo(5)).extract().<List<String>>path("items.id"));
        }
        assertEquals(bestFirst, paged);
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("size", 2).queryParam("page", 3)
                .when().get("/catalog/items").then().statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .body("total", equalTo(5));
    }

    @Test
    void anExplicitSortOrdersTheSameMatches() {
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("sort", "name").when().get("/catalog/items")
                .then().statusCode(200).body("total", equalTo(5))
                .body("items.name", contains("Alpha", "Bravo " + word + "s", "Mike", "Yankee", "Zulu " + word + " mount"));
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("sort", "relevance").when().get("/catalog/items")
                .then().statusCode(200).body("items.id", contains(bestFirst.toArray()));
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("sort", "-relevance").when().get("/catalog/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void eachWordMustStartAWordOfTheItemInAnyOrder() {
        given().auth().oauth2(OLENA).queryParam("q", "launcher " + word).when().get("/catalog/items").then()
                .statusCode(200).body("items.id", contains(bestFirst.get(0)));
        given().auth().oauth2(OLENA).queryParam("q", word.substring(0, 5) + " MOU").when().get("/catalog/items").then()
                .statusCode(200).body("items.id", contains(bestFirst.get(1)));
        // inside a word is not the start of one
        given().auth().oauth2(OLENA).queryParam("q", word.substring(2)).when().get("/catalog/items").then()
                .statusCode(200).body("items.id", not(hasItem(bestFirst.get(0))));
        given().auth().oauth2(OLENA).queryParam("q", "k9 thun").when().get("/catalog/items").then()
                .statusCode(200).body("items.sku", hasItem("KR-ART-K9A1"));
        given().auth().oauth2(OLENA).queryParam("q", "-/-").when().get("/catalog/items").then()
                .statusCode(200).body("total", equalTo(0));
        // with other filters, on the item itself
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("category", "MEDICAL").when().get("/catalog/items")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(OLENA).queryParam("q", word).queryParam("category", "ARTILLERY").queryParam("inStock", "true")
                .when().get("/catalog/items").then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void theWordsFollowEveryChangeOfTheItem() {
        String renamed = "zs" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = item(uniqueSku("KR-REN"));
        body.put("name", "Before " + renamed);
        String id = create(body);
        given().auth().oauth2(OLENA).queryParam("q", renamed).when().get("/catalog/items").then().statusCode(200)
                .body("items.id", contains(id));

        String etag = given().auth().oauth2(OLENA).when().get("/catalog/items/" + id).then().extract().header("ETag");
        body.put("name", "After the change");
        body.put("designation", renamed + "-2");
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).when().put("/catalog/items/" + id).then().statusCode(200);
        given().auth().oauth2(OLENA).queryParam("q", "before " + renamed).when().get("/catalog/items").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(OLENA).queryParam("q", renamed + " after").when().get("/catalog/items").then()
                .statusCode(200).body("items.id", contains(id)).body("items.name", contains("After the change"));

        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).when().post("/catalog/items/" + id + "/withdraw").then()
                .statusCode(200);
        given().auth().oauth2(OLENA).queryParam("q", renamed).when().get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(OLENA).queryParam("q", renamed).queryParam("status", "WITHDRAWN")
                .when().get("/catalog/items").then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void theRuntimeRoleCannotWriteTheWordsItself() throws SQLException {
        for (String statement : List.of(
                "INSERT INTO catalog_item_word (word, item_id, status, field, name)"
                        + " VALUES ('planted', gen_random_uuid(), 'ACTIVE', 1, 'x')",
                "DELETE FROM catalog_item_word WHERE word = '" + word + "'")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(statement);
                fail("the runtime role wrote the words: " + statement);
            } catch (SQLException e) {
                assertEquals("42501", e.getSQLState(), e.getMessage());
            }
        }
    }
}
