package org.procurement.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.system.Api.approvals;
import static org.procurement.system.Api.requests;

/**
 * The whole story across the three services, with real Keycloak tokens: Ukraine's ministry asks for artillery
 * and air defence, South Korea's offices sign off in stages, the outcome reaches the ministry and the catalogue
 * reserves the quantities; the auditor exports every step. Then the paths that must be refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT {

    private static String requestId;
    private static String reference;
    private static String caseId;
    private static int howitzersBefore;
    private static int manpadsBefore;

    @Test
    @Order(1)
    void olenaSubmitsARequestForLethalArtilleryAndAirDefenceBoundForUkraine() {
        howitzersBefore = Api.available(Api.K9A1);
        manpadsBefore = Api.available(Api.CHIRON);
        requestId = Api.createDraft("olena", Api.request("Artillery and air defence for the eastern front", "UA",
                Map.of(Api.K9A1, 6, Api.CHIRON, 20)));
        Api.submit("olena", requestId);
        reference = requests("olena").get("/requests/" + requestId).then().statusCode(200)
                .body("organisation", equalTo("UA-MOD"))
                .body("total", equalTo(27800000.00f))
                .extract().path("reference");
        Story.say("olena (UA-MOD) submitted %s: 6 K9A1 howitzers and 20 Chiron MANPADS for UA, 27.8 M USD", reference);

        Api.awaitStatus("olena", requestId, "IN_REVIEW");
        caseId = Api.caseOf(requestId, 1);
        Story.say("approval-service opened case %s; the request is IN_REVIEW", caseId);
        approvals("audrey").get("/cases/" + caseId).then().statusCode(200)
                .body("stages.key", equalTo(List.of("technical-review", "export-control", "policy-board",
                        "final-authorization")))
                .body("stages.find { it.key == 'policy-board' }.quorum", equalTo(2));
        // The signed end-user certificate went with the round: the case names it by SHA-256 in its opening entry,
        // and an approver downloads exactly those bytes from request-service.
        String sha = java.util.HexFormat.of().formatHex(sha256(Api.CERTIFICATE_PDF));
        String documentId = approvals("audrey").get("/cases/" + caseId).then()
                .body("request.documents[0].kind", equalTo("END_USER_CERTIFICATE"))
                .body("request.documents[0].sha256", equalTo(sha))
                .body("history.find { it.type == 'CASE_OPENED' }.comment",
                        org.hamcrest.Matchers.containsString("END_USER_CERTIFICATE, sha256 " + sha))
                .extract().path("request.documents[0].id");
        byte[] seen = requests("minjun").accept("application/pdf")
                .get("/requests/" + requestId + "/documents/" + documentId).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(sha, java.util.HexFormat.of().formatHex(sha256(seen)));
        Story.say("the case names the end-user certificate by SHA-256 %s…; minjun downloads exactly those bytes",
                sha.substring(0, 12));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    @Order(2)
    void anotherMinistryCanNeitherSeeNorWithdrawIt() {
        requests("piotr").get("/requests/" + requestId).then().statusCode(404);
        requests("piotr").get("/requests/by-reference/" + reference).then().statusCode(404);
        requests("piotr").body(Map.of("reason", "not ours")).post("/requests/" + requestId + "/withdraw")
                .then().statusCode(404);
        requests("piotr").get("/requests").then().statusCode(200).body("items.id", not(hasItem(requestId)));
        Story.say("piotr (PL-MOD) gets 404 for it and does not see it in his list");
    }

    @Test
    @Order(3)
    void theRequesterCannotApprove() {
        Api.decide("olena", caseId, "technical-review", "APPROVE", null, null).then().statusCode(403);
        Story.say("olena cannot approve: 403");
    }

    @Test
    @Order(4)
    void reviewersApproveTheParallelStagesThenThePolicyBoardWithAQuorumOfTwo() {
        approvals("minjun").queryParam("reference", reference).get("/tasks").then().statusCode(200)
                .body("items.caseId", hasItem(caseId));
        Api.approve("minjun", caseId, "technical-review");
        Api.approve("seoyeon", caseId, "export-control");
        // The ministry reads in request-service what its request waits for now, and until when.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> List.of("policy-board")
                .equals(requests("olena").get("/requests/" + requestId).then().extract().path("waitingFor.key")));
        Story.say("olena's request now shows it waits for the policy board, with its due time");
        Api.approve("jiho", caseId, "policy-board");
        Api.decide("jiho", caseId, "policy-board", "APPROVE", null, null).then().statusCode(409);
        approvals("audrey").get("/cases/" + caseId).then()
                .body("stages.find { it.key == 'policy-board' }.status", equalTo("OPEN"));
        Api.approve("hana", caseId, "policy-board");
    }

    @Test
    @Order(5)
    void finalAuthorizationWithConditionsReachesTheMinistryAndReservesTheQuantities() {
        Api.decide("daeho", caseId, "final-authorization", "APPROVE_WITH_CONDITIONS",
                "Delivery in two tranches; end-use monitoring visit within six months", null).then().statusCode(201);
        Story.say("daeho authorizes with conditions");
        Api.awaitStatus("olena", requestId, "APPROVED_WITH_CONDITIONS");
        requests("olena").get("/requests/" + requestId).then()
                .body("conditions", equalTo("Delivery in two tranches; end-use monitoring visit within six months"));
        List<String> actions = requests("olena").get("/requests/" + requestId + "/timeline").then().statusCode(200)
                .extract().path("action");
        assertEquals(List.of("CREATED", "SUBMITTED", "CASE_OPENED", "STAGES_OPENED", "STAGES_OPENED", "DECIDED"),
                actions);
        Story.say("olena sees APPROVED_WITH_CONDITIONS with the conditions; timeline %s", actions);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Api.available(Api.K9A1) == howitzersBefore - 6 && Api.available(Api.CHIRON) == manpadsBefore - 20);
        Story.say("catalogue availability dropped: K9A1 %d → %d, Chiron %d → %d", howitzersBefore,
                Api.available(Api.K9A1), manpadsBefore, Api.available(Api.CHIRON));
        Latencies.recordFromTimeline(requestId);
    }

    @Test
    @Order(6)
    void theAuditorExportsEveryStep() {
        String jsonl = approvals("audrey").accept("application/jsonl").queryParam("format", "jsonl")
                .get("/audit/export").then().statusCode(200).extract().asString();
        List<String> types = jsonl.lines().filter(line -> line.contains(caseId))
                .map(line -> io.restassured.path.json.JsonPath.from(line).getString("type")).toList();
        assertEquals("CASE_OPENED", types.get(0), types.toString());
        assertEquals(5, types.stream().filter("DECISION"::equals).count(), types.toString());
        assertEquals(4, types.stream().filter("STAGE_COMPLETED"::equals).count(), types.toString());
        assertEquals("CASE_CLOSED", types.get(types.size() - 1), types.toString());
        String csv = approvals("audrey").accept("text/csv").queryParam("format", "csv").get("/audit/export")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.lines().filter(line -> line.contains(caseId)).count() == types.size(), csv);
        approvals("audrey").get("/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        approvals("olena").get("/audit/export").then().statusCode(403);
        Story.say("audrey exported %d audit entries for the case (JSON lines and CSV); the chain verifies intact",
                types.size());
    }

    @Test
    @Order(7)
    void soraMayDecideOneParallelStageButNotBoth() {
        String id = Api.createDraft("taras", Api.request("Counter-battery radar", "UA", Map.of(Api.COUNTER_BATTERY_RADAR, 1)));
        Api.submit("taras", id);
        String round1 = Api.caseOf(id, 1);
        Api.approve("sora", round1, "technical-review");
        Api.decide("sora", round1, "export-control", "APPROVE", null, null).then().statusCode(403)
                .body("type", equalTo("https://procurement.example/problems/separation-of-duties"));
        Story.say("sora, reviewer and export-control, decided technical-review and is refused on export-control (403)");

        Api.decide("seoyeon", round1, "export-control", "RETURN_FOR_AMENDMENT", null,
                "The end-user certificate must name the receiving brigade").then().statusCode(201);
        Api.awaitStatus("taras", id, "RETURNED");
        Story.say("seoyeon returns it for amendment; taras sees RETURNED");

        String etag = requests("taras").get("/requests/" + id).then().extract().header("ETag");
        Map<String, Object> amended = new java.util.HashMap<>(Api.request("Counter-battery radar", "UA",
                Map.of(Api.COUNTER_BATTERY_RADAR, 1)));
        amended.put("justification", "Counter-battery fire for the 3rd artillery brigade; certificate names the brigade");
        requests("taras").header("If-Match", etag).body(amended).put("/requests/" + id).then().statusCode(200);
        Api.submit("taras", id);
        Api.awaitStatus("taras", id, "IN_REVIEW");
        String round2 = Api.caseOf(id, 2);
        assertTrue(!round2.equals(round1));
        requests("taras").get("/requests/" + id).then().body("round", equalTo(2));
        Story.say("taras amends and resubmits: round 2, case %s", round2);
    }

    @Test
    @Order(8)
    void withoutATokenNothingIsServedAndSwaggerUiIsUp() {
        for (org.procurement.stack.ServiceSpec service : org.procurement.stack.ServiceSpec.ALL) {
            RestAssured.given().baseUri(Suite.get().url(service)).get("/q/openapi").then().statusCode(200);
            RestAssured.given().baseUri(Suite.get().url(service)).get("/q/swagger-ui/").then().statusCode(200);
        }
        RestAssured.given().baseUri(Suite.get().url(org.procurement.stack.ServiceSpec.REQUEST)).get("/requests")
                .then().statusCode(401);
        Story.say("at %s every service serves its OpenAPI document and Swagger UI; no token, no data", Instant.now());
    }
}
