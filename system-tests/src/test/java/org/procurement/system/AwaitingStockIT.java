package org.procurement.system;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.system.Api.catalog;
import static org.procurement.system.Api.requests;

/**
 * After approval the catalogue has too little left: the request waits for stock, visibly; olena and the catalogue
 * admins are mailed; the admin adds stock and the reservation goes through by itself.
 */
class AwaitingStockIT {

    @Test
    void anApprovedRequestWaitsForStockAndIsReservedOnceStockIsAdded() {
        String item = newItem(10);
        String requestId = Api.createDraft("olena", Api.request("Stock: helmets for the reserve", "UA",
                Map.of(item, 8)));
        Api.submit("olena", requestId);
        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        String reference = requests("olena").get("/requests/" + requestId).then().extract().path("reference");
        setAvailable(item, 3);
        Story.say("%s asks for 8; meanwhile the catalogue's stock drops to 3", reference);

        String caseId = Api.caseOf(requestId, 1);
        String[] last = Api.approveAllButTheFinalDecision(caseId);
        Api.approve(last[1], caseId, last[0]);
        Api.awaitStatus("olena", requestId, "APPROVED_AWAITING_STOCK");
        Story.say("approved, but the reservation was refused: %s is APPROVED_AWAITING_STOCK", reference);

        Mailbox.Mail toOlena = Mailbox.awaitMail("olena", "[" + reference + "] Approved, waiting for stock");
        assertTrue(toOlena.text().contains("only 3 are available"), toOlena.text());
        Mailbox.awaitMail("admin", "[" + reference + "] Approved, waiting for stock");
        Mailbox.awaitMail("jisoo", "[" + reference + "] Approved, waiting for stock");
        requests("admin").queryParam("status", "APPROVED_AWAITING_STOCK").get("/requests").then().statusCode(200)
                .body("items.id", hasItem(requestId));
        Story.say("olena and both catalogue admins were mailed; admin sees it among the requests waiting for stock");

        setAvailable(item, 20);
        Api.awaitStatus("olena", requestId, "APPROVED");
        assertEquals(12, Api.available(item), "8 of the 20 are now reserved for " + reference);
        Mailbox.awaitMail("olena", "[" + reference + "] Reserved");
        Story.say("admin raises the stock to 20: the reservation goes through by itself and %s is APPROVED again",
                reference);
    }

    /** A new non-lethal item (no end-user certificate needed), in stock as given. */
    private static String newItem(int available) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", "KR-HLM-" + suffix);
        item.put("designation", "Helmet " + suffix);
        item.put("name", "Ballistic helmet");
        item.put("category", catalog("olena").get("/catalog/items/" + Api.BODY_ARMOUR).then().statusCode(200)
                .extract().path("category"));
        item.put("manufacturer", "System tests");
        item.put("description", "Exists only in the system tests.");
        item.put("lethal", false);
        item.put("majorDefenseEquipment", false);
        item.put("unitPrice", Map.of("amount", 400.00, "currency", "USD"));
        item.put("unitOfIssue", "each");
        item.put("availableQuantity", available);
        item.put("leadTimeDays", 30);
        return catalog("admin").body(item).post("/catalog/items").then().statusCode(201).extract().path("id");
    }

    private static void setAvailable(String item, int available) {
        Response current = catalog("admin").get("/catalog/items/" + item);
        Map<String, Object> read = current.then().statusCode(200).extract().path("");
        Map<String, Object> input = new LinkedHashMap<>();
        for (String field : new String[] {"sku", "designation", "name", "category", "manufacturer", "description",
                "lethal", "majorDefenseEquipment", "mlCode", "unitPrice", "unitOfIssue", "availableQuantity",
                "leadTimeDays"}) {
            input.put(field, read.get(field));
        }
        input.put("availableQuantity", available);
        catalog("admin").header("If-Match", current.header("ETag")).body(input).put("/catalog/items/" + item)
                .then().statusCode(200);
    }
}
