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

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.ADMIN;
import static org.procurement.testing.DemoUser.AUDREY;
import static org.procurement.testing.DemoUser.DAEHO;
import static org.procurement.testing.DemoUser.MINJUN;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.PIOTR;
import static org.procurement.testing.DemoUser.TARAS;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class OrganisationIsolationTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    @Test
    void piotrOfAnotherMinistryGets404ForOlenasRequest() {
        String id = scenarios.submitted(OLENA);
        String reference = as(OLENA).get("/requests/" + id).path("reference");
        String etag = Api.etagOf(OLENA, id);
        as(PIOTR).get("/requests/" + id).then().statusCode(404).contentType("application/problem+json");
        as(PIOTR).get("/requests/by-reference/" + reference).then().statusCode(404);
        as(PIOTR).get("/requests/" + id + "/timeline").then().statusCode(404);
        as(PIOTR).body("{\"reason\": \"Not mine\"}").post("/requests/" + id + "/withdraw").then().statusCode(404);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void piotrGets404ForOlenasDraftWhateverHeTries() {
        String id = scenarios.completeDraft(OLENA);
        as(PIOTR).header("If-Match", "\"0\"").body(Drafts.titleOnly("Hijacked")).put("/requests/" + id).then()
                .statusCode(404);
        as(PIOTR).post("/requests/" + id + "/submit").then().statusCode(404);
        as(OLENA).get("/requests/" + id).then().body("title", not(equalTo("Hijacked"))).body("status", equalTo("DRAFT"));
    }

    @Test
    void piotrNeverSeesOlenasRequestsInLists() {
        String submitted = scenarios.submitted(OLENA);
        String draft = Api.createDraft(OLENA, Drafts.titleOnly("Olena's draft"));
        List<String> seen = as(PIOTR).get("/requests?size=100").then().statusCode(200).extract().path("items.id");
        assertFalse(seen.contains(submitted) || seen.contains(draft));
        as(PIOTR).get("/requests?organisation=UA-MOD&size=100").then().statusCode(200)
                .body("items.organisation", everyItem(equalTo("PL-MOD")))
                .body("total", equalTo(0));
    }

    @Test
    void tarasOfTheSameMinistryMayReadAndEditOlenasDraft() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Shared work"));
        as(TARAS).header("If-Match", "\"0\"").body(Drafts.titleOnly("Shared work, improved")).put("/requests/" + id)
                .then().statusCode(200).body("updatedBy", equalTo("taras"));
        as(TARAS).get("/requests?size=100").then().body("items.id", hasItem(id));
    }

    @Test
    void draftsAreInvisibleToApprovers() {
        String draft = Api.createDraft(OLENA, Drafts.titleOnly("Not ready"));
        for (var approver : List.of(MINJUN, DAEHO, AUDREY)) {
            as(approver).get("/requests/" + draft).then().statusCode(404);
            as(approver).get("/requests/" + draft + "/timeline").then().statusCode(404);
            as(approver).get("/requests?size=100").then().statusCode(200)
                    .body("items.id", not(hasItem(draft)))
                    .body("items.status", not(hasItem("DRAFT")));
            as(approver).get("/requests?status=DRAFT").then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void approversSeeSubmittedRequestsOfEveryOrganisation() {
        String olenas = scenarios.submitted(OLENA);
        String piotrs = scenarios.submitted(PIOTR);
        for (var approver : List.of(MINJUN, DAEHO, AUDREY)) {
            as(approver).get("/requests/" + olenas).then().statusCode(200).body("organisation", equalTo("UA-MOD"));
            as(approver).get("/requests/" + piotrs + "/timeline").then().statusCode(200);
            as(approver).get("/requests?size=100&status=SUBMITTED").then().body("items.id", hasItem(olenas))
                    .body("items.id", hasItem(piotrs));
            as(approver).get("/requests?organisation=PL-MOD&size=100").then()
                    .body("items.organisation", everyItem(equalTo("PL-MOD"))).body("items.id", hasItem(piotrs));
        }
    }

    @Test
    void approversMayNotChangeRequests() {
        String id = scenarios.submitted(OLENA);
        as(MINJUN).body("{\"reason\": \"Mine now\"}").post("/requests/" + id + "/withdraw").then().statusCode(403);
        as(MINJUN).header("If-Match", "*").body(Drafts.titleOnly("x")).put("/requests/" + id).then().statusCode(403);
    }

    @Test
    void aCatalogueAdministratorReadsOnlyTheRequestsWaitingForStock() {
        String submitted = scenarios.submitted(OLENA);
        as(ADMIN).get("/requests").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("APPROVED_AWAITING_STOCK")))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(submitted)));
        as(ADMIN).get("/requests/" + submitted).then().statusCode(404).contentType("application/problem+json");
        as(ADMIN).get("/requests/" + submitted + "/timeline").then().statusCode(404);
    }

    @Test
    void aRequesterWithoutAnOrganisationIsRefused() {
        io.restassured.RestAssured.given()
                .auth().oauth2(org.procurement.testing.Tokens.user("nobody", null, java.util.Set.of("requester")))
                .contentType("application/json").body(Drafts.titleOnly("Who am I")).post("/requests").then()
                .statusCode(403).body("detail", org.hamcrest.Matchers.containsString("organisation"));
    }
}
