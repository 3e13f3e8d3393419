package org.procurement.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.procurement.stack.ServiceSpec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** HTTP calls to the running services as a given demo user, and the request bodies the story needs. */
final class Api {

    static final String K9A1 = "38c4a8d9-b6ca-5906-844e-a4e152d80585";
    static final String CHIRON = "b15d5d78-8287-5ac6-b857-b5e0e00f9c25";
    static final String COUNTER_BATTERY_RADAR = "90429970-31a3-52ac-aab8-31a950d3b4ab";
    static final String BODY_ARMOUR = "38bb161d-1e34-5384-89a9-a661666831b7";

    private Api() {
    }

    static RequestSpecification requests(String user) {
        return as(user, ServiceSpec.REQUEST);
    }

    static RequestSpecification approvals(String user) {
        return as(user, ServiceSpec.APPROVAL);
    }

    static RequestSpecification catalog(String user) {
        return as(user, ServiceSpec.CATALOG);
    }

    private static RequestSpecification as(String user, ServiceSpec service) {
        return RestAssured.given().baseUri(Suite.get().url(service)).auth().oauth2(Keycloak.token(user))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A complete request, ready to submit, from the user's ministry to {@code country}. */
    static Map<String, Object> request(String title, String country, Map<String, Integer> quantities) {
        List<Map<String, Object>> lines = quantities.entrySet().stream()
                .map(line -> Map.<String, Object>of("itemId", line.getKey(), "quantity", line.getValue(),
                        "note", "for the 3rd artillery brigade"))
                .toList();
        return Map.of(
                "title", title,
                "justification", "Replace losses of the last twelve months and close the air-defence gap around Kharkiv",
                "intendedEndUse", "Territorial defence by the Armed Forces",
                "priority", "URGENT",
                "neededBy", LocalDate.now().plusMonths(4).toString(),
                "destination", Map.of("country", country, "location", "Kyiv logistics hub"),
                "financingMethod", "GRANT",
                "endUserCertificate", Map.of("number", "EUC-" + country + "-2026-0412",
                        "issuingAuthority", "Ministry of Defence", "issueDate", LocalDate.now().minusDays(20).toString(),
                        "signatory", "Deputy Minister of Defence", "endUser", "Armed Forces",
                        "noReExportUndertaking", true),
                "lines", lines);
    }

    /**
     * Creates a draft; one with lines gets its signed end-user certificate attached, as a ministry does before it
     * submits (a request with a lethal line is not submitted without one).
     */
    static String createDraft(String user, Map<String, Object> body) {
        String id = requests(user).body(body).post("/requests").then().statusCode(201).extract().path("id");
        if (body.get("lines") instanceof List<?> lines && !lines.isEmpty()) {
            upload(user, id, "END_USER_CERTIFICATE", "end-user-certificate-signed.pdf", CERTIFICATE_PDF);
        }
        return id;
    }

    /** A minimal signed-certificate PDF: what a ministry attaches before submitting. */
    static final byte[] CERTIFICATE_PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Attaches a document to a request; answers its id. */
    static String upload(String user, String requestId, String kind, String fileName, byte[] bytes) {
        return RestAssured.given().baseUri(Suite.get().url(ServiceSpec.REQUEST)).auth().oauth2(Keycloak.token(user))
                .multiPart("file", fileName, bytes, "application/pdf").multiPart("kind", kind)
                .post("/requests/" + requestId + "/documents").then().statusCode(201).extract().path("id");
    }

    static void submit(String user, String requestId) {
        requests(user).post("/requests/" + requestId + "/submit").then().statusCode(200);
    }

    static String status(String user, String requestId) {
        return requests(user).get("/requests/" + requestId).then().statusCode(200).extract().path("status");
    }

    static void awaitStatus(String user, String requestId, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(status(user, requestId)));
    }

    static int available(String itemId) {
        return catalog("olena").get("/catalog/items/" + itemId).then().statusCode(200).extract().path("availableQuantity");
    }

    /** The case of a request's round, once approval-service has opened it. */
    static String caseOf(String requestId, int round) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                approvals("audrey").queryParam("requestId", requestId).get("/cases").then().statusCode(200)
                        .extract().<List<Integer>>path("items.round").contains(round));
        List<Map<String, Object>> cases = approvals("audrey").queryParam("requestId", requestId).get("/cases")
                .then().extract().path("items");
        return cases.stream().filter(c -> ((Integer) c.get("round")) == round).findFirst()
                .map(c -> (String) c.get("id")).orElseThrow();
    }

    static io.restassured.response.Response decide(String user, String caseId, String stage, String outcome,
                                                   String conditions, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", user + " on " + stage);
        body.put("conditions", conditions);
        body.put("reason", reason);
        return approvals(user).body(body).post("/cases/" + caseId + "/stages/" + stage + "/decisions");
    }

    static void approve(String user, String caseId, String stage) {
        decide(user, caseId, stage, "APPROVE", null, null).then().statusCode(201);
        Story.say("%s approves %s", user, stage);
    }

    /** Who decides each role's stages in these tests (distinct people, so separation of duties never intervenes). */
    private static final Map<String, List<String>> DECIDERS = Map.of("reviewer", List.of("minjun"),
            "export-control", List.of("seoyeon"), "policy-board", List.of("jiho", "hana"),
            "authorizer", List.of("daeho", "minseo"));

    /** Approves open stages until one decision would close the case; returns that stage's key and its decider. */
    static String[] approveAllButTheFinalDecision(String caseId) {
        while (true) {
            List<Map<String, Object>> stages = approvals("audrey").get("/cases/" + caseId).then().statusCode(200)
                    .extract().path("stages");
            List<Map<String, Object>> unfinished = stages.stream()
                    .filter(stage -> !"COMPLETED".equals(stage.get("status"))).toList();
            List<Map<String, Object>> open = unfinished.stream().filter(stage -> "OPEN".equals(stage.get("status")))
                    .toList();
            Map<String, Object> stage = open.get(0);
            String key = (String) stage.get("key");
            List<String> people = DECIDERS.get((String) stage.get("role"));
            int decided = ((List<?>) stage.get("decisions")).size();
            String decider = people.get(decided);
            int quorum = (Integer) stage.get("quorum");
            if (unfinished.size() == 1 && decided == quorum - 1) {
                return new String[] {key, decider};
            }
            Api.approve(decider, caseId, key);
        }
    }
}
