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

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/** A draft's lines show what the catalogue says of their items now; prices are frozen only at submission. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class DraftLinesTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    private CatalogueStubs catalogue;

    @BeforeEach
    void stubs() {
        catalogue = new CatalogueStubs(catalogueServer);
    }

    @Test
    void aDraftsLinesShowTheItemsDesignationUnitAndTodaysPrice() {
        UUID item = UUID.randomUUID();
        catalogue.serve(item, CatalogueStubs.item(item, "KR-ART-" + item.toString().substring(0, 6), "3800000.00", 12));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        as(OLENA).get("/requests/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("lines[0].catalogue.designation", equalTo("KR-ART-" + item.toString().substring(0, 6) + " designation"))
                .body("lines[0].catalogue.unitOfIssue", equalTo("vehicle"))
                .body("lines[0].catalogue.unitPrice", equalTo(3800000.00f))
                .body("lines[0].catalogue.currency", equalTo("USD"))
                .body("lines[0].catalogue.lineTotal", equalTo(7600000.00f))
                .body("lines[0].catalogue.availableQuantity", equalTo(12))
                .body("lines[0].catalogue.withdrawn", equalTo(false))
                .body("lines[0].designation", nullValue())
                .body("catalogueUnavailable", nullValue());

        // The price changes in the catalogue: the draft shows the new one, nothing was frozen.
        catalogue.serve(item, CatalogueStubs.item(item, "KR-ART-" + item.toString().substring(0, 6), "4000000.00", 12));
        String etag = Api.etagOf(OLENA, id);
        as(OLENA).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": \"Howitzers, repriced\"}").patch("/requests/" + id).then().statusCode(200)
                .body("lines[0].catalogue.unitPrice", equalTo(4000000.00f))
                .body("lines[0].catalogue.lineTotal", equalTo(8000000.00f));
    }

    @Test
    void aSubmittedRequestShowsItsFrozenFactsAndNoCurrentOnes() {
        UUID item = UUID.randomUUID();
        catalogue.serve(item, CatalogueStubs.item(item, "KR-SUP-" + item.toString().substring(0, 6), "100.00", 50));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        Api.submit(OLENA, id);
        as(OLENA).get("/requests/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("lines[0].unitPrice", equalTo(100.00f))
                .body("lines[0].catalogue", nullValue());
    }

    @Test
    void whenTheCatalogueCannotBeReachedTheDraftIsStillShownAndSaysSo() {
        UUID item = UUID.randomUUID();
        catalogue.breakConnection(item);
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        as(OLENA).get("/requests/" + id).then().statusCode(200)
                .body("lines[0].itemId", equalTo(item.toString()))
                .body("lines[0].catalogue", nullValue())
                .body("catalogueUnavailable", equalTo(true));
        // An item the catalogue does not know is no outage: the line simply has no catalogue facts.
        UUID unknown = UUID.randomUUID();
        catalogue.serve(unknown);
        String other = Api.createDraft(OLENA, Drafts.complete(unknown));
        as(OLENA).get("/requests/" + other).then().statusCode(200)
                .body("lines[0].catalogue", nullValue())
                .body("catalogueUnavailable", nullValue());
    }
}
