package org.procurement.approval;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
class InternalCasesTest {

    @Inject
    DataSource dataSource;

    /** The example of docs/contracts.md, verbatim apart from the ids. */
    static final String CONTRACT_EXAMPLE = """
            {
              "eventId": "%s",
              "requestId": "%s", "round": 1, "reference": "REQ-2026-000123",
              "organisation": "UA-MOD", "submittedBy": "olena", "submittedAt": "2026-11-26T10:00:00Z",
              "title": "Artillery and air defence for the eastern front",
              "priority": "URGENT", "destinationCountry": "UA", "destinationLocation": "Kyiv",
              "neededBy": "2027-03-01", "financingMethod": "GRANT",
              "endUserCertificate": {"number": "EUC-UA-2026-0412", "issuingAuthority": "Ministry of Defence of Ukraine",
                                     "issueDate": "2026-11-01", "signatory": "…", "endUser": "Armed Forces of Ukraine",
                                     "noReExportUndertaking": true},
              "lines": [
                {"itemId": "0b6f0000-0000-0000-0000-000000000001", "sku": "KR-ART-K9A1", "designation": "K9A1 Thunder", "quantity": 6,
                 "unitPrice": 3500000.00, "currency": "USD", "lineTotal": 21000000.00,
                 "lethal": true, "majorDefenseEquipment": true, "mlCode": "ML4"}
              ],
              "total": 21000000.00, "currency": "USD"
            }""";

    @Test
    void theRoundsDocumentsAreKeptWithTheCaseAndNamedInItsOpeningAuditEntry() {
        String sha = "9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70";
        UUID caseId = Api.open(Submission.lethalArtilleryTo("UA"));
        JsonPath c = Api.caseOf(caseId);
        assertEquals(sha, c.getString("request.documents[0].sha256"));
        assertEquals("END_USER_CERTIFICATE", c.getString("request.documents[0].kind"));
        assertEquals("Opened under policy version " + c.getInt("policyVersion") + " with stages "
                        + String.join(", ", c.getList("stages.key", String.class))
                        + "; documents: EUC-UA-2026-0412-signed.pdf (END_USER_CERTIFICATE, sha256 " + sha + ")",
                c.getString("history.find { it.type == 'CASE_OPENED' }.comment"));
    }

    @Test
    void aDocumentWithoutAProperDigestIsRefusedNamingIt() {
        String body = Submission.lethalArtilleryTo("UA").json().replace(
                "9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70", "not-a-digest");
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/internal/cases").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("documents[0].sha256"));
    }

    @Test
    void theContractsExampleOpensACaseAndARetryFindsTheSameCase() throws Exception {
        UUID requestId = UUID.randomUUID();
        String body = CONTRACT_EXAMPLE.formatted(UUID.randomUUID(), requestId);

        String first = given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/internal/cases").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("request.endUserCertificate.number", equalTo("EUC-UA-2026-0412"))
                .extract().path("id");
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/internal/cases").then().statusCode(200).body("id", equalTo(first));

        List<Outboxes.Message> messages = Outboxes.forRequest(dataSource, requestId);
        assertEquals(1, messages.size(), "a retry queues no second CASE_OPENED");
        JsonPath opened = JsonPath.from(messages.get(0).payload());
        assertEquals("CASE_OPENED", opened.getString("type"));
        assertEquals(first, opened.getString("caseId"));
        assertEquals(1, opened.getInt("round"));
    }

    @Test
    void aNewRoundOpensANewCase() {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID roundOne = Api.open(submission);
        submission.round = 2;
        UUID roundTwo = Api.open(submission);

        assertEquals(2, Api.caseOf(roundTwo).getInt("round"));
        given().auth().oauth2(Tokens.of(DemoUser.AUDREY)).queryParam("requestId", submission.requestId.toString())
                .when().get("/cases").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(roundTwo.toString(), roundOne.toString())));
    }

    @Test
    void onlyServiceAccountsOpenAndCancelCases() {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        given().auth().oauth2(Tokens.of(DemoUser.OLENA)).contentType(ContentType.JSON).body(submission.json())
                .when().post("/internal/cases").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUser.DAEHO)).contentType(ContentType.JSON)
                .body("{\"requestId\": \"" + submission.requestId + "\", \"round\": 1}")
                .when().post("/internal/cases/cancellations").then().statusCode(403);
    }

    @Test
    void anOpeningMustCarryTheRoutingFactsAndAConsistentTotal() {
        String withoutLethalFlag = Submission.lethalArtilleryTo("UA").json().replace("\"lethal\":true,", "");
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(withoutLethalFlag)
                .when().post("/internal/cases").then().statusCode(400)
                .body("violations.field", equalTo(List.of("lines[0].lethal")));

        String wrongTotal = Submission.lethalArtilleryTo("UA").json().replace("\"total\":21000000.00", "\"total\":1.00");
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(wrongTotal)
                .when().post("/internal/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("total"));

        String unknownPriority = Submission.lethalArtilleryTo("UA").priority("WHENEVER").json();
        given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(unknownPriority)
                .when().post("/internal/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("priority"));
    }

    @Test
    void cancellingClosesTheCaseAndRepeatingItSaysSo() {
        Submission submission = Submission.lethalArtilleryTo("UA");
        UUID caseId = Api.open(submission);
        String cancellation = """
                {"eventId": "%s", "requestId": "%s", "round": 1, "reason": "Requirement met by another supplier", "actor": "olena"}
                """.formatted(UUID.randomUUID(), submission.requestId);

        cancel(cancellation).then().statusCode(200)
                .body("caseStatus", equalTo("CANCELLED")).body("result", equalTo("CANCELLED"));
        cancel(cancellation).then().statusCode(200)
                .body("caseStatus", equalTo("CANCELLED")).body("result", equalTo("ALREADY_CANCELLED"));

        Api.decide(DemoUser.MINJUN, caseId, "technical-review", "APPROVE", Map.of()).then().statusCode(409)
                .body("type", equalTo("https://procurement.example/problems/case-closed"));
        JsonPath c = Api.caseOf(caseId);
        assertEquals("Requirement met by another supplier", c.getString("reason"));
        assertEquals("olena", c.getString("closedBy"));
    }

    @Test
    void cancellingAClosedCaseLeavesItAsItWas() throws Exception {
        Submission submission = Submission.nonLethalSuppliesTo("UA");
        UUID caseId = Api.open(submission);
        Api.approve(DemoUser.MINJUN, caseId, "technical-review");
        Api.approve(DemoUser.SEOYEON, caseId, "export-control");
        Api.approve(DemoUser.DAEHO, caseId, "final-authorization");

        cancel("{\"requestId\": \"" + submission.requestId + "\"}").then().statusCode(200)
                .body("caseStatus", equalTo("APPROVED")).body("result", equalTo("ALREADY_CLOSED"))
                .body("round", equalTo(1));
        assertEquals("APPROVED", Api.caseOf(caseId).getString("status"));
        assertEquals(List.of("CASE_OPENED", "STAGES_OPENED", "CASE_CLOSED"), Outboxes.forRequest(dataSource,
                submission.requestId).stream().map(Outboxes.Message::type).toList(), "a cancellation queues no outcome");
    }

    @Test
    void cancellingAnUnknownRequestIs404() {
        cancel("{\"requestId\": \"" + UUID.randomUUID() + "\", \"round\": 1}").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(equalTo(null)));
    }

    private static io.restassured.response.Response cancel(String body) {
        return given().auth().oauth2(Api.REQUEST_SERVICE).contentType(ContentType.JSON).body(body)
                .when().post("/internal/cases/cancellations");
    }
}
