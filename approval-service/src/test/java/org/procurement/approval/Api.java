package org.procurement.approval;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.procurement.testing.DemoUser;
import org.procurement.testing.Tokens;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The approval API as the tests drive it, with real signed tokens. */
final class Api {

    static final String REQUEST_SERVICE = Tokens.service("request-service");

    private Api() {
    }

    static UUID open(Submission submission) {
        String id = given().auth().oauth2(REQUEST_SERVICE).contentType(ContentType.JSON).body(submission.json())
                .when().post("/internal/cases")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static Response decide(String token, UUID caseId, String stage, String outcome, Map<String, String> text) {
        StringBuilder body = new StringBuilder("{\"outcome\": \"" + outcome + "\"");
        text.forEach((k, v) -> body.append(", \"").append(k).append("\": \"").append(v).append('"'));
        body.append('}');
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString())
                .when().post("/cases/" + caseId + "/stages/" + stage + "/decisions");
    }

    static Response decide(DemoUser user, UUID caseId, String stage, String outcome, Map<String, String> text) {
        return decide(Tokens.of(user), caseId, stage, outcome, text);
    }

    static void approve(DemoUser user, UUID caseId, String stage) {
        decide(user, caseId, stage, "APPROVE", Map.of("comment", "Looks right")).then().statusCode(201);
    }

    static JsonPath caseOf(UUID caseId) {
        return given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
    }

    static String stageStatus(UUID caseId, String stage) {
        return caseOf(caseId).getString("stages.find { it.key == '" + stage + "' }.status");
    }

    static List<String> stageKeys(UUID caseId) {
        return caseOf(caseId).getList("stages.key");
    }

    /** Every task of a caller's inbox, walking its pages by cursor (query parameters such as filters apply to each). */
    static List<Map<String, Object>> inbox(String token, Map<String, Object> query) {
        List<Map<String, Object>> tasks = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParams(query).queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/tasks").then().statusCode(200).extract().jsonPath();
            tasks.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return tasks;
    }

    static List<Map<String, Object>> inbox(String token) {
        return inbox(token, Map.of());
    }

    /** The caller's tasks of one case. */
    static List<Map<String, Object>> tasksOfCase(String token, UUID caseId) {
        return inbox(token).stream().filter(task -> caseId.toString().equals(task.get("caseId"))).toList();
    }

    static String userToken(String name, String organisation, String... roles) {
        return Tokens.user(name, organisation, Set.of(roles));
    }
}
