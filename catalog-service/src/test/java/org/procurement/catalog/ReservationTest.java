package org.procurement.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;
import org.procurement.testing.contract.EventContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.catalog.CatalogFixtures.create;
import static org.procurement.catalog.CatalogFixtures.item;
import static org.procurement.catalog.CatalogFixtures.uniqueSku;

@QuarkusTest
class ReservationTest {

    private static final String SERVICE = Tokens.service("request-service");

    private static String itemWith(int quantity) {
        Map<String, Object> body = item(uniqueSku("KR-RES"));
        body.put("availableQuantity", quantity);
        return create(body);
    }

    private static int available(String id) {
        return given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/catalog/items/" + id)
                .then().statusCode(200).extract().path("availableQuantity");
    }

    private static String reservation(String reference, Object... itemAndQuantity) {
        // The shape request-service sends (the shared event contract), with these values.
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < itemAndQuantity.length; i += 2) {
            lines.add(EventContract.element("reservation", "lines",
                    Map.of("itemId", itemAndQuantity[i], "quantity", itemAndQuantity[i + 1])));
        }
        return EventContract.document("reservation", Map.of("reference", reference, "lines", lines));
    }

    private static int reserve(String body) {
        return given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/catalog/reservations").then().extract().statusCode();
    }

    private static String reference() {
        return "REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void reservingDeductsAvailabilityAndReleasingGivesItBack() {
        String a = itemWith(10);
        String b = itemWith(4);
        String ref = reference();
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(reservation(ref, a, 6, b, 4))
                .when().post("/catalog/reservations").then().statusCode(201)
                .header("Location", endsWith("/catalog/reservations/" + ref))
                .body("status", equalTo("ACTIVE"))
                .body("lines.quantity", equalTo(List.of(6, 4)))
                .body("lines[0].sku", notNullValue());
        assertEquals(4, available(a));
        assertEquals(0, available(b));

        given().auth().oauth2(SERVICE).when().delete("/catalog/reservations/" + ref).then().statusCode(204);
        assertEquals(10, available(a));
        assertEquals(4, available(b));
        given().auth().oauth2(SERVICE).when().get("/catalog/reservations/" + ref).then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("releasedAt", notNullValue());

        given().auth().oauth2(SERVICE).when().delete("/catalog/reservations/" + ref).then().statusCode(204);
        given().auth().oauth2(SERVICE).when().delete("/catalog/reservations/NEVER-RESERVED").then().statusCode(204);
        given().auth().oauth2(SERVICE).when().get("/catalog/reservations/NEVER-RESERVED").then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(10, available(a));
    }

    @Test
    void allOrNothingWhenOneLineCannotBeMet() {
        String plenty = itemWith(100);
        String scarce = itemWith(2);
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(reservation(reference(), plenty, 50, scarce, 3))
                .when().post("/catalog/reservations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/insufficient-quantity"))
                .body("violations.field", equalTo(List.of("lines[1].quantity")));
        assertEquals(100, available(plenty));
        assertEquals(2, available(scarce));
    }

    @Test
    void retryWithTheSameReferenceReservesOnce() {
        String id = itemWith(10);
        String ref = reference();
        assertEquals(201, reserve(reservation(ref, id, 3)));
        assertEquals(200, reserve(reservation(ref, id, 3)));
        assertEquals(7, available(id));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(reservation(ref, id, 4))
                .when().post("/catalog/reservations").then().statusCode(409)
                .body("type", endsWith("/reservation-conflict"));
        assertEquals(7, available(id));
    }

    @Test
    void withdrawnAndUnknownItemsCannotBeReserved() {
        String id = itemWith(10);
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).when().post("/catalog/items/" + id + "/withdraw")
                .then().statusCode(200);
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(reservation(reference(), id, 1, UUID.randomUUID().toString(), 1))
                .when().post("/catalog/reservations").then().statusCode(409)
                .body("violations.field", equalTo(List.of("lines[0].itemId", "lines[1].itemId")));
    }

    @Test
    void invalidReservationsAre400() {
        String id = itemWith(10);
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(reservation(reference(), id, 0))
                .when().post("/catalog/reservations").then().statusCode(400)
                .body("violations.field", hasItem("lines[0].quantity"));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(Map.of("reference", "", "lines", List.of()))
                .when().post("/catalog/reservations").then().statusCode(400)
                .body("violations.field", hasItem("reference"))
                .body("violations.field", hasItem("lines"));
    }

    @Test
    void onlyServicesReserve() {
        String id = itemWith(10);
        for (DemoUser user : DemoUser.values()) {
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(reservation(reference(), id, 1))
                    .when().post("/catalog/reservations").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(reservation(reference(), id, 1))
                .when().post("/catalog/reservations").then().statusCode(401);
        given().auth().oauth2(Tokens.of(DemoUser.ADMIN)).when().delete("/catalog/reservations/X").then().statusCode(403);
        assertEquals(10, available(id));
    }

    @Test
    void parallelReservationsForTheLastUnitsNeverOversell() throws Exception {
        String id = itemWith(5);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String ref = reference();
            calls.add(() -> reserve(reservation(ref, id, 1)));
        }
        List<Integer> statuses = runAll(calls);
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(11, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(0, available(id));
    }

    @Test
    void parallelRetriesOfOneReferenceReserveOnce() throws Exception {
        String id = itemWith(10);
        String ref = reference();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> reserve(reservation(ref, id, 2)));
        }
        List<Integer> statuses = runAll(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(8, available(id));
    }

    private static List<Integer> runAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
