package org.procurement.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MutableClock;
import org.procurement.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;
import static org.procurement.testing.DemoUser.ADMIN;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.JISOO;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.SEOYEON;

/** Controlled catalogue facts: every change kept, and changes that lower control under four eyes. */
@QuarkusTest
class ControlledChangesTest {

    static final String PROBLEMS = "https://procurement.example/problems/";

    @Inject
    MutableClock clock;

    static Map<String, Object> current(String id) {
        return given().auth().oauth2(Tokens.of(ADMIN)).get("/catalog/items/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    static String etag(String id) {
        return given().auth().oauth2(Tokens.of(ADMIN)).get("/catalog/items/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    static Response put(DemoUser who, String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(who)).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(body).when().put("/catalog/items/" + id);
    }

    static Response confirm(DemoUser who, String id, String change) {
        return given().auth().oauth2(Tokens.of(who)).when()
                .post("/catalog/items/" + id + "/changes/" + change + "/confirmation");
    }

    @Test
    void everyWayOfLoweringControlWaitsAndLeavesTheItemAsItWas() {
        for (Map.Entry<String, Object> lowering : List.of(Map.entry("lethal", (Object) false),
                Map.entry("majorDefenseEquipment", (Object) false), Map.entry("category", (Object) "LOGISTICS"))) {
            lowersAndWaits(lowering.getKey(), lowering.getValue());
        }
        String sku = uniqueSku("KR-ML");
        String id = create(item(sku));
        Map<String, Object> body = item(sku);
        body.remove("mlCode");
        String before = etag(id);
        put(ADMIN, id, body).then().statusCode(202).body("lowers[0].field", equalTo("mlCode"))
                .body("lowers[0].before", equalTo("ML2"));
        assertEquals(before, etag(id));
        assertEquals("ML2", current(id).get("mlCode"));
    }

    private void lowersAndWaits(String field, Object value) {
        String sku = uniqueSku("KR-LOW");
        String id = create(item(sku));
        String before = etag(id);
        Map<String, Object> body = item(sku);
        body.put(field, value);
        body.put("description", "Reclassified");
        Response answer = put(ADMIN, id, body);
        answer.then().statusCode(202)
                .header("Location", containsString("/catalog/items/" + id + "/changes/"))
                .body("status", equalTo("PENDING"))
                .body("proposedBy", equalTo("admin"))
                .body("lowers.field", equalTo(List.of(field)))
                .body("proposed.description", equalTo("Reclassified"));
        assertEquals(before, etag(id), field + ": the item's version is unchanged");
        Map<String, Object> item = current(id);
        assertEquals("Test item", item.get("description"), field + ": nothing of the change applied");
        assertEquals(List.of("CREATED"), history(id).getList("kind"));
    }

    @Test
    void raisingControlAndOtherChangesApplyAtOnceAndAreKeptInTheHistory() {
        String sku = uniqueSku("KR-TENT");
        Map<String, Object> tent = item(sku);
        tent.put("lethal", false);
        tent.put("majorDefenseEquipment", false);
        tent.put("mlCode", null);
        tent.put("category", "RADAR_AND_SENSORS");
        String id = create(tent);
        Map<String, Object> raised = new java.util.HashMap<>(tent);
        raised.put("lethal", true);
        raised.put("availableQuantity", 7);
        put(JISOO, id, raised).then().statusCode(200).body("lethal", equalTo(true));

        var history = history(id);
        assertEquals(List.of("CREATED", "REVISED"), history.getList("kind"));
        assertEquals("jisoo", history.getString("[1].changedBy"));
        assertEquals(List.of("lethal", "availableQuantity"), history.getList("[1].fields.field"));
        assertEquals("false", history.getString("[1].fields[0].before"));
        assertEquals("true", history.getString("[1].fields[0].after"));
        assertEquals("10", history.getString("[1].fields[1].before"));
        assertEquals("7", history.getString("[1].fields[1].after"));
    }

    @Test
    void aSecondAdministratorConfirmsAndTheHistoryNamesBoth() {
        String sku = uniqueSku("KR-CONF");
        String id = create(item(sku));
        Map<String, Object> body = item(sku);
        body.put("lethal", false);
        String change = put(ADMIN, id, body).then().statusCode(202).extract().path("id");

        confirm(ADMIN, id, change).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "separation-of-duties"));
        assertEquals(true, current(id).get("lethal"));

        confirm(JISOO, id, change).then().statusCode(200).body("lethal", equalTo(false))
                .header("ETag", equalTo("\"1\""));
        var history = history(id);
        assertEquals(List.of("CREATED", "CONFIRMED"), history.getList("kind"));
        assertEquals("jisoo", history.getString("[1].changedBy"));
        assertEquals("admin", history.getString("[1].proposedBy"));
        assertEquals(change, history.getString("[1].changeId"));
        assertEquals(List.of("lethal"), history.getList("[1].fields.field"));

        confirm(JISOO, id, change).then().statusCode(409).body("type", equalTo(PROBLEMS + "change-not-pending"));
        given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + id + "/changes/" + change).then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo("jisoo"));
    }

    @Test
    void aChangeProposedBeforeTheItemChangedIsNeverAppliedOverIt() {
        String sku = uniqueSku("KR-STALE");
        String id = create(item(sku));
        Map<String, Object> lower = item(sku);
        lower.put("majorDefenseEquipment", false);
        String change = put(ADMIN, id, lower).then().statusCode(202).extract().path("id");
        Map<String, Object> price = item(sku);
        price.put("unitPrice", Map.of("amount", "3900000.00", "currency", "USD"));
        put(JISOO, id, price).then().statusCode(200);

        confirm(JISOO, id, change).then().statusCode(409).body("type", equalTo(PROBLEMS + "item-changed"));
        assertEquals(true, current(id).get("majorDefenseEquipment"));
    }

    @Test
    void onlyOneChangeWaitsPerItemAndAWithdrawnOneCanNoLongerBeConfirmed() {
        String sku = uniqueSku("KR-ONE");
        String id = create(item(sku));
        Map<String, Object> lower = item(sku);
        lower.put("lethal", false);
        String change = put(ADMIN, id, lower).then().statusCode(202).extract().path("id");
        put(JISOO, id, lower).then().statusCode(409).body("type", equalTo(PROBLEMS + "change-pending"))
                .body("pendingChange", containsString(change));

        given().auth().oauth2(Tokens.of(JISOO)).delete("/catalog/items/" + id + "/changes/" + change).then().statusCode(204);
        confirm(JISOO, id, change).then().statusCode(409).body("type", equalTo(PROBLEMS + "change-not-pending"));
        given().auth().oauth2(Tokens.of(JISOO)).delete("/catalog/items/" + id + "/changes/" + change).then().statusCode(409);
        put(JISOO, id, lower).then().statusCode(202);
        given().auth().oauth2(Tokens.of(ADMIN)).get("/catalog/items/" + id + "/changes").then().statusCode(200)
                .body("status", equalTo(List.of("PENDING", "WITHDRAWN")));
    }

    @Test
    void aPendingChangeExpires() {
        String sku = uniqueSku("KR-EXP");
        String id = create(item(sku));
        Map<String, Object> lower = item(sku);
        lower.put("category", "MEDICAL");
        String change = put(ADMIN, id, lower).then().statusCode(202).extract().path("id");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + id + "/changes/" + change).then()
                    .statusCode(200).body("status", equalTo("EXPIRED"));
            confirm(JISOO, id, change).then().statusCode(409).body("type", equalTo(PROBLEMS + "change-not-pending"))
                    .body("detail", containsString("EXPIRED"));
            // An expired change no longer blocks a new one.
            put(JISOO, id, lower).then().statusCode(202);
        } finally {
            clock.reset();
        }
        assertEquals("ARTILLERY", current(id).get("category"));
    }

    @Test
    void aChangeIsFoundOnlyUnderItsOwnItem() {
        String sku = uniqueSku("KR-PAIR");
        String id = create(item(sku));
        String other = create(item(uniqueSku("KR-PAIR")));
        Map<String, Object> lower = item(sku);
        lower.put("lethal", false);
        String change = put(ADMIN, id, lower).then().statusCode(202).extract().path("id");

        confirm(JISOO, other, change).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + other + "/changes/" + change).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.of(JISOO)).delete("/catalog/items/" + other + "/changes/" + change).then()
                .statusCode(404);
        confirm(JISOO, id, java.util.UUID.randomUUID().toString()).then().statusCode(404);
        given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + id + "/changes/" + change).then()
                .statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void historyIsForAdministratorsAuditorsAndApproversOnly() {
        String id = create(item(uniqueSku("KR-HIST")));
        given().auth().oauth2(Tokens.of(OLENA)).get("/catalog/items/" + id + "/history").then().statusCode(403);
        for (DemoUser reader : List.of(ADMIN, AUDREY, SEOYEON, DAEHO)) {
            given().auth().oauth2(Tokens.of(reader)).get("/catalog/items/" + id + "/history").then().statusCode(200)
                    .body("", hasSize(1)).body("[0].kind", equalTo("CREATED")).body("[0].changedBy", equalTo("admin"));
        }
        given().auth().oauth2(Tokens.of(OLENA)).get("/catalog/items/" + id + "/changes").then().statusCode(403);
        given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + java.util.UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(AUDREY)).post("/catalog/items/" + id + "/withdraw").then().statusCode(403);
        given().auth().oauth2(Tokens.of(ADMIN)).post("/catalog/items/" + id + "/withdraw").then().statusCode(200);
        assertEquals(List.of("CREATED", "WITHDRAWN"), history(id).getList("kind"));
    }

    static io.restassured.path.json.JsonPath history(String id) {
        return given().auth().oauth2(Tokens.of(AUDREY)).get("/catalog/items/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
    }
}
