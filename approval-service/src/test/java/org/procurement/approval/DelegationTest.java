package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.MutableClock;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delegation while absent: an approver hands a deciding role to a colleague of the same organisation for a period;
 * the colleague sees and decides those tasks on the approver's behalf, and the rules of the case apply to both.
 * Each test uses people of its own, so delegations of one test never reach another.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class DelegationTest {

    static final String PROBLEMS = "https://procurement.example/problems/";

    @Inject
    MutableClock clock;

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    /** A fresh person of the supplier's procurement agency with these roles. */
    private record Person(String name, String token) {
        static Person of(String prefix, String organisation, String... roles) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new Person(name, Api.userToken(name, organisation, roles));
        }

        static Person dapa(String prefix, String... roles) {
            return of(prefix, "KR-DAPA", roles);
        }
    }

    private Map<String, Object> period(String delegate, String role, Duration length) {
        Map<String, Object> body = new HashMap<>();
        body.put("delegate", delegate);
        body.put("role", role);
        body.put("until", clock.instant().plus(length).toString());
        body.put("reason", "Annual leave");
        return body;
    }

    private static Response delegate(Person from, Map<String, Object> body) {
        return given().auth().oauth2(from.token()).contentType(ContentType.JSON).body(body).when().post("/delegations");
    }

    private String delegated(Person from, Person to, String role) {
        return delegate(from, period(to.name(), role, Duration.ofDays(3))).then().statusCode(201)
                .extract().path("id");
    }

    private static List<String> tasksOf(Person person, UUID caseId) {
        return Api.tasksOfCase(person.token(), caseId).stream().map(task -> (String) task.get("stageKey")).toList();
    }

    @Test
    void theDelegateDecidesOnTheDelegatorsBehalfAndTheCaseAndAuditTrailNameBoth() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna");
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        given().auth().oauth2(yuna.token()).when().get("/tasks").then().statusCode(403);

        Response created = delegate(minjun, period(yuna.name(), "reviewer", Duration.ofDays(14)));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/delegations/[0-9a-f-]{36}"))
                .body("delegator", equalTo(minjun.name())).body("delegate", equalTo(yuna.name()))
                .body("organisation", equalTo("KR-DAPA")).body("role", equalTo("reviewer"))
                .body("active", equalTo(true));
        String id = created.path("id");

        assertEquals(minjun.name(), Api.tasksOfCase(yuna.token(), caseId).get(0).get("onBehalfOf"));
        assertEquals(List.of("technical-review"), tasksOf(yuna, caseId));

        Api.decide(yuna.token(), caseId, "technical-review", "APPROVE", Map.of("comment", "Covered for minjun"))
                .then().statusCode(201)
                .body("stages.find { it.key == 'technical-review' }.status", equalTo("COMPLETED"))
                .body("stages.find { it.key == 'technical-review' }.decisions[0].actor", equalTo(yuna.name()))
                .body("stages.find { it.key == 'technical-review' }.decisions[0].onBehalfOf", equalTo(minjun.name()))
                .body("stages.find { it.key == 'technical-review' }.decisions[0].delegationId", equalTo(id));

        JsonPath history = Api.caseOf(caseId);
        assertEquals(minjun.name(), history.getString("history.find { it.type == 'DECISION' }.onBehalfOf"));
        assertEquals(yuna.name(), history.getString("history.find { it.type == 'DECISION' }.actor"));
        String audit = given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).queryParam("format", "jsonl")
                .accept("application/jsonl").when().get("/audit/export").then().statusCode(200).extract().asString();
        assertTrue(audit.lines().anyMatch(line -> line.contains("\"DELEGATION_GIVEN\"") && line.contains(id)
                && line.contains(minjun.name())), "the delegation is in the audit trail");
        assertTrue(audit.lines().anyMatch(line -> line.contains("\"DECISION\"") && line.contains(caseId.toString())
                && line.contains("\"onBehalfOf\":\"" + minjun.name() + "\"")), "the decision names the delegator");
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void separationOfDutiesHoldsForTheDelegateAndTheDelegatorAlike() {
        // The delegator decided one stage himself: his delegate may not use his authority on another.
        Person sora = Person.dapa("sora", "reviewer", "export-control");
        Person yuna = Person.dapa("yuna");
        UUID first = Api.open(Submission.lethalArtilleryTo("UA"));
        Api.decide(sora.token(), first, "technical-review", "APPROVE", Map.of()).then().statusCode(201);
        delegated(sora, yuna, "export-control");
        assertEquals(List.of(), tasksOf(yuna, first));
        Api.decide(yuna.token(), first, "export-control", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "separation-of-duties"))
                .body("detail", containsString(sora.name() + ", on whose behalf you act, already decided stage technical-review"));

        // The delegate decided one stage for someone: neither she nor that person decides another.
        Person minjun = Person.dapa("minjun", "reviewer", "export-control");
        Person jimin = Person.dapa("jimin", "export-control");
        UUID second = Api.open(Submission.lethalArtilleryTo("UA"));
        Person delegate = Person.dapa("delegate", "export-control");
        delegated(minjun, delegate, "reviewer");
        Api.decide(delegate.token(), second, "technical-review", "APPROVE", Map.of()).then().statusCode(201);
        Api.decide(minjun.token(), second, "export-control", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "separation-of-duties"))
                .body("detail", containsString("by " + delegate.name() + " on behalf of " + minjun.name()));
        Api.decide(delegate.token(), second, "export-control", "APPROVE", Map.of()).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "separation-of-duties"));
        Api.decide(jimin.token(), second, "export-control", "APPROVE", Map.of()).then().statusCode(201);
    }

    @Test
    void aDelegateOfAnotherOrganisationGetsNothingFromIt() {
        Person minjun = Person.dapa("minjun", "reviewer");
        String name = "ivan-" + UUID.randomUUID().toString().substring(0, 8);
        delegate(minjun, period(name, "reviewer", Duration.ofDays(3))).then().statusCode(201);
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        String ukrainian = Api.userToken(name, "UA-MOD");
        given().auth().oauth2(ukrainian).when().get("/tasks").then().statusCode(403);
        Api.decide(ukrainian, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403);
        String elsewhere = Api.userToken(name, "KR-NSC");
        Api.decide(elsewhere, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403);
        assertEquals("OPEN", Api.stageStatus(caseId, "technical-review"));
    }

    @Test
    void aRoleHeldOnlyByDelegationIsNotPassedOn() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna", "export-control");
        delegated(minjun, yuna, "reviewer");
        delegate(yuna, period("someone-else", "reviewer", Duration.ofDays(1))).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "no-re-delegation"));
        Person roleless = Person.dapa("roleless");
        delegate(roleless, period("someone-else", "reviewer", Duration.ofDays(1))).then().statusCode(403);
        delegate(yuna, period("someone-else", "authorizer", Duration.ofDays(1))).then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "role-not-held"));
    }

    @Test
    void badPeriodsAndFieldsAreRefusedNamingTheField() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Map<String, Object> tooLong = period("colleague", "reviewer", Duration.ofDays(31));
        delegate(minjun, tooLong).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("until")).body("detail", containsString("30 days"))
                .body("maximum", equalTo("P30D"));

        Map<String, Object> backwards = period("colleague", "reviewer", Duration.ofDays(2));
        backwards.put("from", clock.instant().plus(Duration.ofDays(3)).toString());
        delegate(minjun, backwards).then().statusCode(400).body("violations.field", hasItem("until"));

        Map<String, Object> past = period("colleague", "reviewer", Duration.ofDays(2));
        past.put("from", clock.instant().minus(Duration.ofDays(1)).toString());
        delegate(minjun, past).then().statusCode(400).body("violations.field", hasItem("from"));

        delegate(minjun, period("colleague", "auditor", Duration.ofDays(1))).then().statusCode(400)
                .body("violations.field", hasItem("role"));
        delegate(minjun, period(minjun.name(), "reviewer", Duration.ofDays(1))).then().statusCode(400)
                .body("violations.field", hasItem("delegate"));
        Map<String, Object> noReason = period("colleague", "reviewer", Duration.ofDays(1));
        noReason.remove("reason");
        delegate(minjun, noReason).then().statusCode(400).body("violations.field", hasItem("reason"));
        Map<String, Object> badName = period("two words", "reviewer", Duration.ofDays(1));
        delegate(minjun, badName).then().statusCode(400).body("violations.field", hasItem("delegate"));
        Map<String, Object> badTime = period("colleague", "reviewer", Duration.ofDays(1));
        badTime.put("until", "next tuesday");
        delegate(minjun, badTime).then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(minjun.token()).when().get("/delegations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void oneRoleIsDelegatedToOneColleagueAtATime() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna");
        Person other = Person.dapa("other");
        String first = delegated(minjun, yuna, "reviewer");
        delegate(minjun, period(other.name(), "reviewer", Duration.ofDays(1))).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "overlapping-delegation"))
                .body("delegationId", equalTo(first));
        Map<String, Object> later = period(other.name(), "reviewer", Duration.ofDays(10));
        later.put("from", clock.instant().plus(Duration.ofDays(4)).toString());
        delegate(minjun, later).then().statusCode(201).body("active", equalTo(false));

        given().auth().oauth2(minjun.token()).when().delete("/delegations/" + first).then().statusCode(200);
        delegate(minjun, period(other.name(), "reviewer", Duration.ofDays(1))).then().statusCode(201);
    }

    @Test
    void eitherPersonEndsItAtOnceAndNobodyElseSeesOrEndsIt() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna");
        Person stranger = Person.dapa("stranger", "reviewer");
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        String id = delegated(minjun, yuna, "reviewer");
        assertEquals(List.of("technical-review"), tasksOf(yuna, caseId));

        given().auth().oauth2(stranger.token()).when().get("/delegations/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.token()).when().delete("/delegations/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).when().get("/delegations/" + id).then().statusCode(200)
                .body("delegate", equalTo(yuna.name()));
        given().auth().oauth2(stranger.token()).when().get("/delegations").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(yuna.token()).when().get("/delegations").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).queryParam("size", 100).when().get("/delegations")
                .then().statusCode(200);

        // The delegate declines it.
        given().auth().oauth2(yuna.token()).when().delete("/delegations/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("endedBy", equalTo(yuna.name()));
        given().auth().oauth2(yuna.token()).when().get("/tasks").then().statusCode(403);
        Api.decide(yuna.token(), caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403);
        given().auth().oauth2(minjun.token()).when().delete("/delegations/" + id).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "delegation-ended"));
        given().auth().oauth2(minjun.token()).when().delete("/delegations/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDelegationLapsesAtItsEndWithoutAnyTimer() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna");
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        delegated(minjun, yuna, "reviewer");
        assertEquals(List.of("technical-review"), tasksOf(yuna, caseId));

        clock.advance(Duration.ofDays(3).plusSeconds(1));
        given().auth().oauth2(yuna.token()).when().get("/tasks").then().statusCode(403);
        Api.decide(yuna.token(), caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(403);
        given().auth().oauth2(yuna.token()).when().get("/delegations").then().statusCode(200)
                .body("items[0].active", equalTo(false));
    }

    @Test
    void aDelegateReadsTheCasesOfTheRoleAndOnlyWhileItLasts() {
        Person minjun = Person.dapa("minjun", "reviewer");
        Person yuna = Person.dapa("yuna");
        UUID caseId = Api.open(Submission.nonLethalSuppliesTo("UA"));
        given().auth().oauth2(yuna.token()).when().get("/cases/" + caseId).then().statusCode(403);
        String id = delegated(minjun, yuna, "reviewer");
        given().auth().oauth2(yuna.token()).when().get("/cases/" + caseId).then().statusCode(200);
        given().auth().oauth2(yuna.token()).when().delete("/delegations/" + id).then().statusCode(200);
        given().auth().oauth2(yuna.token()).when().get("/cases").then().statusCode(403);
    }

    @Test
    void listingNeedsASignedInCallerAndAValidPage() {
        given().when().get("/delegations").then().statusCode(401);
        given().auth().oauth2(Tokens.of(DemoUser.MINJUN)).queryParam("size", 0).when().get("/delegations")
                .then().statusCode(400).body("violations.field", hasItem("size"));
    }
}
