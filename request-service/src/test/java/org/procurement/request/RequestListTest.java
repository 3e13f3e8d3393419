package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.procurement.request.Api.as;
import static org.procurement.request.Api.asRequesterOf;
import static org.procurement.testing.DemoUser.MINJUN;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class RequestListTest {

    @InjectCatalogue
    WireMockServer catalogueServer;

    /** An organisation only this test uses, so the list's contents are known exactly. */
    private static String freshOrganisation() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String draft(String organisation, String title, String priority) {
        return Api.createDraft(asRequesterOf(organisation),
                "{\"title\": \"%s\", \"priority\": \"%s\"}".formatted(title, priority)).path("id");
    }

    @Test
    void listsAreNewestFirstPagedAndTotalled() {
        String org = freshOrganisation();
        String first = draft(org, "First", "ROUTINE");
        String second = draft(org, "Second", "ROUTINE");
        String third = draft(org, "Third", "ROUTINE");
        asRequesterOf(org).get("/requests?size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(third, second));
        asRequesterOf(org).get("/requests?size=2&page=1").then().body("items.id", contains(first));
    }

    @Test
    void filtersByPriorityStatusAndReference() {
        String org = freshOrganisation();
        String urgent = draft(org, "Urgent one", "URGENT");
        draft(org, "Routine one", "ROUTINE");
        asRequesterOf(org).get("/requests?priority=urgent").then().body("items.id", contains(urgent));
        asRequesterOf(org).get("/requests?status=SUBMITTED").then().body("total", equalTo(0));
        asRequesterOf(org).get("/requests?status=DRAFT").then().body("total", equalTo(2));
        String reference = asRequesterOf(org).get("/requests/" + urgent).path("reference");
        asRequesterOf(org).get("/requests?reference=" + reference).then().body("items.id", contains(urgent))
                .body("items[0].title", equalTo("Urgent one"))
                .body("items[0].total", nullValue());
    }

    @Test
    void filtersBySubmittedDateRange() {
        String org = freshOrganisation();
        UUID item = UUID.randomUUID();
        new CatalogueStubs(catalogueServer).serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "10.00", 5));
        String id = Api.createDraft(asRequesterOf(org), Drafts.complete(item)).path("id");
        asRequesterOf(org).post("/requests/" + id + "/submit").then().statusCode(200);
        draft(org, "Not submitted", "ROUTINE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asRequesterOf(org).get("/requests?submittedFrom=" + today + "&submittedTo=" + today).then()
                .body("items.id", contains(id));
        asRequesterOf(org).get("/requests?submittedFrom=" + today.plusDays(1)).then().body("total", equalTo(0));
        asRequesterOf(org).get("/requests?submittedTo=" + today.minusDays(1)).then().body("total", equalTo(0));
        as(MINJUN).get("/requests?organisation=" + org + "&submittedFrom=" + today).then()
                .body("items.id", contains(id));
    }

    @Test
    void invalidQueryParametersAre400NamingEachParameter() {
        as(MINJUN).get("/requests?status=LOST&priority=SOON&submittedFrom=yesterday&submittedTo=2026-13-01"
                        + "&page=first&size=1000").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("status", "priority", "submittedFrom", "submittedTo",
                        "page", "size"));
        as(MINJUN).get("/requests?submittedFrom=2026-12-01&submittedTo=2026-11-01").then().statusCode(400)
                .body("violations.field", contains("submittedTo"));
        as(MINJUN).get("/requests?page=2147483647&size=100").then().statusCode(400)
                .body("violations.field", contains("page"));
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        asRequesterOf(freshOrganisation()).get("/requests").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void aMalformedIdInThePathIsA404Problem() {
        as(MINJUN).get("/requests/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        List<String> none = as(MINJUN).get("/requests/" + UUID.randomUUID()).then().statusCode(404).extract()
                .path("violations");
        org.junit.jupiter.api.Assertions.assertNull(none);
    }
}
