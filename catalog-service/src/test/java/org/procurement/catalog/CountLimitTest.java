package org.procurement.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.sql.Connection;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Filtered listings count their matches only up to catalog.count-limit (1000): a broad search then reports a
 * lower bound with totalExact false, while pages, links and deep pages stay exact.
 */
@QuarkusTest
class CountLimitTest {

    private static final String OLENA = Tokens.of(DemoUser.OLENA);
    private static final int ITEMS = 1_050;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void insertManyItemsMadeByOneManufacturer() throws Exception {
        // withdrawn, so that the other tests' active listings and category counts do not see them
        execute("INSERT INTO catalog_item (id, sku, designation, name, category, manufacturer, lethal,"
                + " major_defense_equipment, unit_price, currency, unit_of_issue, available_quantity, lead_time_days,"
                + " status, version, created_by, created_at, updated_by, updated_at)"
                + " SELECT md5('count-limit-' || g)::uuid, 'CL-' || g, 'CL ' || g, 'Countable item ' || lpad(g::text, 5, '0'),"
                + " 'MEDICAL', 'Countmaker', g % 2 = 0, false, 10, 'USD', 'each', g % 3, 1, 'WITHDRAWN', 0, 'test', now(),"
                + " 'test', now() FROM generate_series(1, " + ITEMS + ") g");
    }

    @AfterEach
    void deleteThem() throws Exception {
        execute("DELETE FROM catalog_item WHERE created_by = 'test' AND manufacturer = 'Countmaker'");
    }

    @Test
    void aBroadSearchReportsALowerBoundButPagesOnExactly() {
        given().auth().oauth2(OLENA).queryParam("status", "WITHDRAWN").queryParam("q", "countmaker")
                .get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(1001)).body("totalExact", equalTo(false))
                .body("items.size()", equalTo(20)).body("items[0].name", equalTo("Countable item 00001"))
                .body("links.next", notNullValue());
    }

    @Test
    void aPageBeyondTheLimitIsCountedExactly() {
        given().auth().oauth2(OLENA).queryParam("status", "WITHDRAWN").queryParam("q", "countmaker")
                .queryParam("size", 100).queryParam("page", 10)
                .get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(ITEMS)).body("totalExact", equalTo(true))
                .body("items.size()", equalTo(50)).body("items[0].name", equalTo("Countable item 01001"))
                .body("links.next", nullValue());
    }

    @Test
    void aNarrowerFilterUnderTheLimitIsExact() {
        // lethal: every second item (525); in stock too: two of every three of those (350)
        given().auth().oauth2(OLENA).queryParam("status", "WITHDRAWN").queryParam("q", "countmaker")
                .queryParam("lethal", true).queryParam("inStock", true)
                .get("/catalog/items").then().statusCode(200)
                .body("total", equalTo(350)).body("totalExact", equalTo(true));
    }

    @Test
    void unfilteredListingsStayExact() {
        given().auth().oauth2(OLENA).queryParam("status", "WITHDRAWN").queryParam("size", 1)
                .get("/catalog/items").then().statusCode(200).body("totalExact", equalTo(true));
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
