package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class SubmissionTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private CatalogueStubs catalogue;
    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        catalogue = new CatalogueStubs(catalogueServer);
        scenarios = new Scenarios(catalogue);
    }

    @Test
    void anIncompleteDraftReportsEveryMissingFieldAtOnce() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Barely started"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/submission-incomplete"))
                .body("violations.field", containsInAnyOrder("justification", "intendedEndUse", "priority",
                        "neededBy", "financingMethod", "destination.country", "destination.location",
                        "endUserCertificate.number", "endUserCertificate.issuingAuthority",
                        "endUserCertificate.issueDate", "endUserCertificate.signatory", "endUserCertificate.endUser",
                        "endUserCertificate.noReExportUndertaking", "lines"));
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void pastNeededByFalseUndertakingUnknownCountryAndMissingQuantityAreReportedTogether() {
        String body = Drafts.withLines("{\"itemId\": \"%s\"}".formatted(UUID.randomUUID()))
                .replace(LocalDate.now().plusMonths(4).toString(), LocalDate.now().minusDays(1).toString())
                .replace("\"noReExportUndertaking\": true", "\"noReExportUndertaking\": false")
                .replace("\"country\": \"UA\"", "\"country\": \"XX\"");
        String id = Api.createDraft(OLENA, body);
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .body("violations.field", containsInAnyOrder("neededBy", "endUserCertificate.noReExportUndertaking",
                        "destination.country", "lines[0].quantity"));
    }

    @Test
    void aLethalRequestWithoutItsSignedEndUserCertificateIsIncomplete() {
        UUID howitzer = UUID.randomUUID();
        catalogue.serve(howitzer, CatalogueStubs.lethalItem(howitzer, "KR-ART-K9A1", "3500000.00", 24));
        String id = Api.createDraft(OLENA, Drafts.complete(howitzer));
        DocumentsTest.upload(OLENA, id, "TECHNICAL_SPECIFICATION", "spec.pdf", DocumentsTest.PDF, "application/pdf")
                .then().statusCode(201);
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/end-user-certificate-missing"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("documents"))
                .body("detail", org.hamcrest.Matchers.containsString("END_USER_CERTIFICATE"));
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
        DocumentsTest.upload(OLENA, id, "END_USER_CERTIFICATE", "euc.pdf", DocumentsTest.PDF, "application/pdf")
                .then().statusCode(201);
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void aCompleteDraftIsSubmittedWithItsCatalogueFactsFrozenAndTotalled() {
        UUID howitzer = UUID.randomUUID();
        UUID radar = UUID.randomUUID();
        catalogue.serve(howitzer, CatalogueStubs.lethalItem(howitzer, "KR-ART-K9A1", "3500000.00", 24),
                CatalogueStubs.item(radar, "KR-RAD-TPS", "1250000.50", 5));
        String token = Tokens.of(OLENA);
        String id = Api.createDraft(OLENA, Drafts.complete(howitzer, radar));
        DocumentsTest.upload(OLENA, id, "END_USER_CERTIFICATE", "euc.pdf", DocumentsTest.PDF, "application/pdf")
                .then().statusCode(201);
        String etag = Api.etagOf(OLENA, id);
        catalogueServer.resetRequests(); // showing the draft asked the catalogue too; count the submission's calls

        var submitted = io.restassured.RestAssured.given().auth().oauth2(token).header("If-Match", etag).post("/requests/" + id + "/submit").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("round", org.hamcrest.Matchers.equalTo(1))
                .body("submittedBy", org.hamcrest.Matchers.equalTo("olena"))
                .body("submittedAt", notNullValue())
                .body("currency", org.hamcrest.Matchers.equalTo("USD"))
                .body("lines", hasSize(2))
                .body("lines[0].sku", org.hamcrest.Matchers.equalTo("KR-ART-K9A1"))
                .body("lines[0].designation", org.hamcrest.Matchers.equalTo("KR-ART-K9A1 designation"))
                .body("lines[0].lethal", org.hamcrest.Matchers.equalTo(true))
                .body("lines[0].majorDefenseEquipment", org.hamcrest.Matchers.equalTo(true))
                .body("lines[0].mlCode", org.hamcrest.Matchers.equalTo("ML4"))
                .body("lines[1].sku", org.hamcrest.Matchers.equalTo("KR-RAD-TPS"))
                .extract();
        assertEquals(0, new java.math.BigDecimal("7000000.00").compareTo(submitted.jsonPath().getObject("lines[0].lineTotal", java.math.BigDecimal.class)));
        assertEquals(0, new java.math.BigDecimal("2500001.00").compareTo(submitted.jsonPath().getObject("lines[1].lineTotal", java.math.BigDecimal.class)));
        assertEquals(0, new java.math.BigDecimal("9500001.00").compareTo(submitted.jsonPath().getObject("total", java.math.BigDecimal.class)));
        assertEquals("\"1\"", submitted.header("ETag"));

        // One call for all lines at submission, carrying request-service's own service-account token, not the requester's.
        catalogueServer.verify(1, getRequestedFor(urlPathEqualTo("/catalog/items"))
                .withQueryParam("ids", equalTo(howitzer.toString()))
                .withQueryParam("ids", equalTo(radar.toString()))
                .withHeader("Authorization",
                        equalTo("Bearer " + ServiceAccountTokenEndpoint.lastIssuedTo("request-service"))));
    }

    @Test
    void anUnknownItemIs422NamingTheLineAndTheDraftStays() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        catalogue.serve(known, CatalogueStubs.item(known, Scenarios.sku(known), "100.00", 10));
        String id = Api.createDraft(OLENA, Drafts.complete(known, unknown));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/line-items-not-requestable"))
                .body("violations.field", containsInAnyOrder("lines[1].itemId"));
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .header("ETag", org.hamcrest.Matchers.equalTo("\"0\""));
    }

    @Test
    void aWithdrawnItemIs422NamingTheLine() {
        UUID withdrawn = UUID.randomUUID();
        catalogue.serve(withdrawn, CatalogueStubs.item(withdrawn, "KR-OLD-1", "100.00", 10, "WITHDRAWN"));
        String id = Api.createDraft(OLENA, Drafts.complete(withdrawn));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("lines[0].itemId"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("withdrawn"));
    }

    @Test
    void aQuantityAboveWhatIsAvailableIs422NamingTheLine() {
        UUID scarce = UUID.randomUUID();
        UUID plenty = UUID.randomUUID();
        catalogue.serve(scarce, CatalogueStubs.item(scarce, "KR-SCARCE", "100.00", 1),
                CatalogueStubs.item(plenty, "KR-PLENTY", "100.00", 100));
        String id = Api.createDraft(OLENA, Drafts.complete(plenty, scarce));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(422)
                .body("violations.field", containsInAnyOrder("lines[1].quantity"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("1 available"));
    }

    @Test
    void catalogueDownGives503AndLeavesTheDraftUntouched() {
        UUID item = UUID.randomUUID();
        catalogue.breakConnection(item);
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", endsWith("/catalogue-unavailable"));
        // Showing the new draft asked once; the submission tried, then retried twice before giving up.
        catalogueServer.verify(4, catalogue.lookupsOf(item));
        as(OLENA).get("/requests/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("round", org.hamcrest.Matchers.equalTo(0))
                .body("lines[0].sku", org.hamcrest.Matchers.nullValue())
                .body("catalogueUnavailable", org.hamcrest.Matchers.equalTo(true))
                .header("ETag", org.hamcrest.Matchers.equalTo("\"0\""));
        List<String> actions = as(OLENA).get("/requests/" + id + "/timeline").then().extract().path("action");
        assertEquals(List.of("CREATED"), actions);
    }

    @Test
    void catalogueFailingWith500Gives503() {
        UUID item = UUID.randomUUID();
        catalogue.fail(item);
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(503)
                .body("type", endsWith("/catalogue-unavailable"));
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void aSubmittedRequestCannotBeEditedOrSubmittedAgain() {
        String id = scenarios.submitted(OLENA);
        String etag = Api.etagOf(OLENA, id);
        as(OLENA).header("If-Match", etag).body(Drafts.titleOnly("Too late")).put("/requests/" + id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("currentStatus", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("detail", org.hamcrest.Matchers.containsString("SUBMITTED"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(409)
                .body("currentStatus", org.hamcrest.Matchers.equalTo("SUBMITTED"));
    }

    @Test
    void staleIfMatchOnSubmitIsRejectedWith412() {
        String id = scenarios.completeDraft(OLENA);
        as(OLENA).header("If-Match", "\"7\"").post("/requests/" + id + "/submit").then().statusCode(412);
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void aReturnedRequestIsAmendedAndResubmittedIntoRoundTwo() {
        String id = scenarios.decided(OLENA, "RETURNED");
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("RETURNED"))
                .body("reason", org.hamcrest.Matchers.equalTo("Quantities unclear"));
        UUID item = UUID.randomUUID();
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "10.00", 50));
        as(OLENA).header("If-Match", Api.etagOf(OLENA, id)).body(Drafts.complete(item)).put("/requests/" + id).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("RETURNED"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("round", org.hamcrest.Matchers.equalTo(2))
                .body("reason", org.hamcrest.Matchers.nullValue())
                .body("total", org.hamcrest.Matchers.equalTo(20.00f));
    }

    @Test
    void approversCannotSubmit() {
        String id = scenarios.completeDraft(OLENA);
        as(org.procurement.testing.DemoUser.MINJUN).post("/requests/" + id + "/submit").then().statusCode(403);
    }
}
