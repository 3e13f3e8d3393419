package org.procurement.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

/**
 * Totals of unfiltered listings and category counts come from a trigger-kept tally rather than a count over
 * the table; they must always equal what a real count says, through creates, edits and withdrawals.
 */
@QuarkusTest
class TallyTest {

    private static final String OLENA = Tokens.of(DemoUser.OLENA);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void listingTotalsAndCategoryCountsMatchARealCountThroughEveryChange() throws Exception {
        assertTalliesMatchRealCounts();
        Map<String, Object> body = item(uniqueSku("KR-TLY"));
        body.put("category", "COMMUNICATIONS");
        String id = create(body);
        assertTalliesMatchRealCounts();

        body.put("category", "MEDICAL");
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType("application/json").header("If-Match", "\"0\"")
                .body(body).put("/catalog/items/" + id).then().statusCode(200);
        assertTalliesMatchRealCounts();

        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).post("/catalog/items/" + id + "/withdraw").then().statusCode(200);
        assertTalliesMatchRealCounts();
    }

    private void assertTalliesMatchRealCounts() throws Exception {
        for (String status : new String[] {"ACTIVE", "WITHDRAWN"}) {
            // size=1 makes the first page full, so the total comes from the tally rather than the page.
            int listed = given().auth().oauth2(OLENA).queryParam("status", status).queryParam("size", 1)
                    .get("/catalog/items").then().statusCode(200).extract().path("total");
            assertEquals(count("SELECT count(*) FROM catalog_item WHERE status = '" + status + "'"), listed, status);
            int medical = given().auth().oauth2(OLENA).queryParam("status", status).queryParam("category", "MEDICAL")
                    .queryParam("size", 1).get("/catalog/items").then().statusCode(200).extract().path("total");
            assertEquals(count("SELECT count(*) FROM catalog_item WHERE status = '" + status + "' AND category = 'MEDICAL'"),
                    medical, status + " MEDICAL");
        }
        int communications = given().auth().oauth2(OLENA).get("/catalog/categories").then().statusCode(200)
                .extract().path("find { it.category == 'COMMUNICATIONS' }.activeItems");
        assertEquals(count("SELECT count(*) FROM catalog_item WHERE status = 'ACTIVE' AND category = 'COMMUNICATIONS'"),
                communications);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
