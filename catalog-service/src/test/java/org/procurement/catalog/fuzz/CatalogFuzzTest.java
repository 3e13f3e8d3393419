package org.procurement.catalog.fuzz;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.Tokens;
import org.procurement.testing.fuzz.FuzzPlan;
import org.procurement.testing.fuzz.OpenApiFuzzContract;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.procurement.testing.DemoUser.ADMIN;
import static org.procurement.testing.DemoUser.OLENA;

/** Every catalog-service operation under schema-driven bad input (see OpenApiFuzzContract). */
@QuarkusTest
@TestProfile(FuzzProfile.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogFuzzTest extends OpenApiFuzzContract {

    private static final String SERVICE = "request-service";

    @Override
    protected FuzzPlan plan() {
        String sku = uniqueSku();
        String itemId = createItem(sku);
        String withdrawable = createItem(uniqueSku());
        String reference = "FUZZ-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.service(SERVICE)).contentType(ContentType.JSON)
                .body(reservation(reference, itemId)).post("/catalog/reservations").then().statusCode(201);

        FuzzPlan plan = new FuzzPlan();
        plan.operation("GET /catalog/categories").as(OLENA);
        plan.operation("GET /catalog/items").as(OLENA);
        plan.operation("GET /catalog/items/{id}").as(OLENA).path("id", itemId);
        plan.operation("GET /catalog/items/by-sku/{sku}").as(OLENA).path("sku", sku);
        plan.operation("POST /catalog/items").as(ADMIN).body(() -> item(uniqueSku()));
        plan.operation("PUT /catalog/items/{id}").as(ADMIN).path("id", itemId).body(() -> item(sku))
                .header("If-Match", () -> etagOf(itemId));
        plan.operation("POST /catalog/items/{id}/withdraw").as(ADMIN).path("id", withdrawable);
        plan.operation("GET /catalog/items/{id}/history").as(DemoUser.AUDREY).path("id", itemId);
        plan.operation("GET /catalog/items/{id}/changes").as(ADMIN).path("id", itemId);
        String[] waiting = proposeLowering();
        plan.operation("GET /catalog/items/{id}/changes/{changeId}").as(ADMIN).path("id", waiting[0])
                .path("changeId", waiting[1]);
        // Each confirmation or withdrawal takes a fresh pending change: the item id is asked for first, and the
        // change id then names the change just proposed on it.
        String[] last = new String[2];
        plan.operation("POST /catalog/items/{id}/changes/{changeId}/confirmation").as(DemoUser.JISOO)
                .path("id", () -> {
                    String[] fresh = proposeLowering();
                    last[0] = fresh[0];
                    last[1] = fresh[1];
                    return fresh[0];
                }).path("changeId", () -> last[1] == null ? UUID.randomUUID().toString() : last[1]);
        String[] lastWithdrawn = new String[2];
        plan.operation("DELETE /catalog/items/{id}/changes/{changeId}").as(DemoUser.JISOO)
                .path("id", () -> {
                    String[] fresh = proposeLowering();
                    lastWithdrawn[0] = fresh[0];
                    lastWithdrawn[1] = fresh[1];
                    return fresh[0];
                }).path("changeId", () -> lastWithdrawn[1] == null ? UUID.randomUUID().toString() : lastWithdrawn[1]);
        plan.operation("POST /catalog/reservations").asService(SERVICE)
                .body(() -> reservation("FUZZ-" + UUID.randomUUID().toString().substring(0, 8), itemId));
        plan.operation("GET /catalog/reservations/{reference}").asService(SERVICE).path("reference", reference);
        plan.operation("DELETE /catalog/reservations/{reference}").asService(SERVICE).path("reference", reference);
        return plan;
    }

    /** A new item with a pending change (by admin) that makes it non-lethal: {itemId, changeId}. */
    private static String[] proposeLowering() {
        String sku = uniqueSku();
        String id = createItem(sku);
        String lowered = item(sku).replace("\"lethal\": true", "\"lethal\": false");
        String change = given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType(ContentType.JSON)
                .header("If-Match", etagOf(id)).body(lowered).put("/catalog/items/" + id)
                .then().statusCode(202).extract().path("id");
        return new String[] {id, change};
    }

    private static String uniqueSku() {
        return "FUZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid item body with this SKU (also the base of FuzzFindingsTest's bodies). */
    static String item(String sku) {
        return """
                {"sku": "%s", "designation": "K9A1 Thunder", "name": "155 mm self-propelled howitzer",
                 "category": "ARTILLERY", "manufacturer": "Hanwha Aerospace", "description": "Fuzz item",
                 "lethal": true, "majorDefenseEquipment": true, "mlCode": "ML2",
                 "unitPrice": {"amount": 3800000.00, "currency": "USD"}, "unitOfIssue": "vehicle",
                 "availableQuantity": 1000000, "leadTimeDays": 180}""".formatted(sku);
    }

    private static String reservation(String reference, String itemId) {
        return """
                {"reference": "%s", "lines": [{"itemId": "%s", "quantity": 1}]}""".formatted(reference, itemId);
    }

    private static String createItem(String sku) {
        return given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).contentType(ContentType.JSON).body(item(sku))
                .post("/catalog/items").then().statusCode(201).extract().path("id");
    }

    private static String etagOf(String itemId) {
        return given().auth().oauth2(Tokens.of(OLENA)).get("/catalog/items/" + itemId).then().statusCode(200)
                .extract().header("ETag");
    }
}
