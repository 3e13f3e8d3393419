package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.DemoUser;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;
import org.procurement.testing.Tokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.PIOTR;

/** PATCH /requests/{id} with a JSON Merge Patch (RFC 7396): change one field without resending the request. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class PatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    private static RequestSpecification patchAs(DemoUser user, String etag, String body) {
        RequestSpecification request = given().auth().oauth2(Tokens.of(user)).contentType(MERGE_PATCH).body(body);
        return etag == null ? request : request.header("If-Match", etag);
    }

    @Test
    void onlyTheNamedFieldsChangeANullClearsOneAndObjectsMerge() {
        UUID item = UUID.randomUUID();
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        String etag = Api.etagOf(OLENA, id);

        patchAs(OLENA, etag, """
                {"neededBy": "2027-06-30", "justification": null, "destination": {"location": "Lviv"}}""")
                .patch("/requests/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\""))
                .body("neededBy", equalTo("2027-06-30"))
                .body("justification", nullValue())
                .body("destination.country", equalTo("UA"))
                .body("destination.location", equalTo("Lviv"))
                .body("title", equalTo("Artillery and air defence for the eastern front"))
                .body("lines[0].itemId", equalTo(item.toString()))
                .body("endUserCertificate.number", equalTo("EUC-UA-2026-0412"));

        UUID other = UUID.randomUUID();
        patchAs(OLENA, Api.etagOf(OLENA, id), "{\"lines\": [{\"itemId\": \"" + other + "\", \"quantity\": 5}]}")
                .patch("/requests/" + id).then().statusCode(200)
                .body("lines.itemId", equalTo(List.of(other.toString())))
                .body("lines[0].quantity", equalTo(5));
        var timeline = as(OLENA).get("/requests/" + id + "/timeline").then().extract().jsonPath();
        assertEquals(List.of("CREATED", "EDITED", "EDITED"), timeline.getList("action"));
    }

    @Test
    void thePatchedRequestIsCheckedAsAReplacementWouldBe() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Patch me"));
        String etag = Api.etagOf(OLENA, id);
        patchAs(OLENA, etag, "{\"title\": null}").patch("/requests/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("title"));
        patchAs(OLENA, etag, "{\"lines\": [{\"itemId\": \"" + UUID.randomUUID() + "\", \"quantity\": 0}]}")
                .patch("/requests/" + id).then().statusCode(400).body("violations.field", hasItem("lines[0].quantity"));
        patchAs(OLENA, etag, "{\"priority\": \"WHENEVER\"}").patch("/requests/" + id).then().statusCode(400)
                .body("violations.field", hasItem("priority"));
        patchAs(OLENA, etag, "{\"colour\": \"green\"}").patch("/requests/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        patchAs(OLENA, etag, "[1, 2]").patch("/requests/" + id).then().statusCode(400)
                .body("violations.field", hasItem("body"));
        patchAs(OLENA, etag, "{not json").patch("/requests/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        as(OLENA).get("/requests/" + id).then().body("title", equalTo("Patch me")).header("ETag", equalTo(etag));
    }

    @Test
    void theUsualPreconditionsAndBoundariesHold() {
        String id = Api.createDraft(OLENA, Drafts.titleOnly("Guarded"));
        patchAs(OLENA, null, "{\"title\": \"No etag\"}").patch("/requests/" + id).then().statusCode(428);
        patchAs(OLENA, "\"99\"", "{\"title\": \"Stale\"}").patch("/requests/" + id).then().statusCode(412);
        as(OLENA).header("If-Match", Api.etagOf(OLENA, id)).body("{\"title\": \"Plain JSON\"}")
                .patch("/requests/" + id).then().statusCode(415).contentType("application/problem+json");
        patchAs(PIOTR, Api.etagOf(OLENA, id), "{\"title\": \"Not mine\"}").patch("/requests/" + id).then().statusCode(404);
        patchAs(DemoUser.MINJUN, Api.etagOf(OLENA, id), "{\"title\": \"Approver\"}").patch("/requests/" + id)
                .then().statusCode(403);

        String submitted = scenarios.submitted(OLENA);
        patchAs(OLENA, Api.etagOf(OLENA, submitted), "{\"title\": \"Too late\"}").patch("/requests/" + submitted)
                .then().statusCode(409).body("currentStatus", equalTo("SUBMITTED"));
    }
}
