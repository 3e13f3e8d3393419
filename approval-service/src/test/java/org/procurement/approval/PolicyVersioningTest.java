package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class PolicyVersioningTest {

    /** A stricter policy: technical review needs two people; every other stage as in the default policy. */
    static final String STRICTER = """
            {"name": "Two reviewers", "stages": [
              {"key": "technical-review", "title": "Technical review", "role": "reviewer", "quorum": 2, "order": 1,
               "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}},
              {"key": "export-control", "title": "Export control", "role": "export-control", "quorum": 1, "order": 1,
               "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}},
              {"key": "policy-board", "title": "Policy board", "role": "policy-board", "quorum": 2, "order": 2,
               "condition": {"type": "all", "of": [{"type": "anyLineLethal"}, {"type": "destinationInConflictZone"}]},
               "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}},
              {"key": "final-authorization", "title": "Final authorization", "role": "authorizer", "quorum": 1, "order": 3,
               "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "PT36H"}}
            ]}""";

    @Test
    void aCaseKeepsItsPolicyVersionAfterANewPolicyIsPublished() {
        int before = currentVersion();
        UUID older = Api.open(Submission.lethalArtilleryTo("UA"));
        try {
            int published = publish(STRICTER);
            assertEquals(before + 1, published);

            UUID newer = Api.open(Submission.lethalArtilleryTo("UA"));
            JsonPath newerCase = Api.caseOf(newer);
            assertEquals(published, newerCase.getInt("policyVersion"));
            assertEquals(RoutingTest.WITH_BOARD, newerCase.getList("stages.key"));

            JsonPath olderCase = Api.caseOf(older);
            assertEquals(before, olderCase.getInt("policyVersion"));
            assertEquals(RoutingTest.WITH_BOARD, olderCase.getList("stages.key"));
            // The older case still follows its own rules: one reviewer completes its technical review.
            Api.approve(DemoUser.MINJUN, older, "technical-review");
            assertEquals("COMPLETED", Api.stageStatus(older, "technical-review"));
            Api.approve(DemoUser.MINJUN, newer, "technical-review");
            assertEquals("OPEN", Api.stageStatus(newer, "technical-review"));
        } finally {
            restoreDefaultPolicy();
        }
    }

    @Test
    void publishedPoliciesAreListedAndReadBackAsPublished() {
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/policies/1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("name", equalTo("Default export policy"))
                .body("stages.key", equalTo(RoutingTest.WITH_BOARD))
                .body("stages[2].condition.type", equalTo("any"))
                .body("stages[2].condition.of[1].amount", equalTo(100000000))
                .body("stages[0].due.ROUTINE", equalTo("P10D"));
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/policies").then().statusCode(200)
                .body("version", hasItems(1))
                .body("find { it.version == 1 }.publishedBy", equalTo("migration"));
    }

    @Test
    void anInvalidPolicyIsRefusedNamingEveryFault() {
        given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).contentType(ContentType.JSON).body("""
                        {"name": "Broken", "stages": [
                          {"key": "Review", "title": "", "role": "janitor", "quorum": 0, "order": 1,
                           "condition": {"type": "all", "of": []}, "due": {"ROUTINE": "ten days"}}
                        ]}""")
                .when().post("/policies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://procurement.example/problems/invalid-policy"))
                .body("violations.field", hasItems("stages[0].key", "stages[0].title", "stages[0].role",
                        "stages[0].quorum", "stages[0].condition.of", "stages[0].due.ROUTINE", "stages[0].due.URGENT",
                        "stages"));
    }

    @Test
    void anUnknownConditionTypeIsRefused() {
        given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).contentType(ContentType.JSON).body("""
                        {"name": "Scripted", "stages": [
                          {"key": "review", "title": "Review", "role": "reviewer", "quorum": 1, "order": 1,
                           "condition": {"type": "script", "source": "return true"},
                           "due": {"ROUTINE": "P10D", "URGENT": "P5D", "EMERGENCY": "P2D"}}]}""")
                .when().post("/policies")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAuthorizersPublish() {
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).contentType(ContentType.JSON).body(STRICTER)
                .when().post("/policies").then().statusCode(403);
    }

    @Test
    void policyVersionsMustBeNumbersAndExist() {
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/policies/latest").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/policies/9999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    static int currentVersion() {
        return given().auth().oauth2(Tokens.of(DemoUser.OLENA)).when().get("/policies").then().statusCode(200)
                .extract().jsonPath().getInt("find { it.current }.version");
    }

    /** Four eyes: daeho proposes, minseo approves, and the proposal is published as the next version. */
    static int publish(Object policy) {
        String proposal = given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).contentType(ContentType.JSON).body(policy)
                .when().post("/policies").then().statusCode(202).extract().path("id");
        return given().auth().oauth2(Tokens.of(DemoUser.MINSEO))
                .when().post("/policies/proposals/" + proposal + "/approval").then().statusCode(201)
                .extract().path("version");
    }

    /** Republishes version 1's document, so that the tests after this one route by the default policy again. */
    static void restoreDefaultPolicy() {
        Map<String, Object> original = given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).when().get("/policies/1")
                .then().statusCode(200).extract().jsonPath().getMap("");
        publish(Map.of("name", original.get("name"), "stages", original.get("stages")));
    }
}
