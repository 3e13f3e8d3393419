package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;
import static org.procurement.testing.DemoUser.TARAS;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class WithdrawalTest {

    private static final String REASON = "{\"reason\": \"Requirement met by another supplier\"}";

    @InjectCatalogue
    WireMockServer catalogueServer;

    private Scenarios scenarios;

    @BeforeEach
    void stubs() {
        scenarios = new Scenarios(new CatalogueStubs(catalogueServer));
    }

    @Test
    void aColleagueWithdrawsASubmittedRequestWithAReason() {
        String id = scenarios.submitted(OLENA);
        as(TARAS).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("reason", equalTo("Requirement met by another supplier"))
                .header("ETag", equalTo("\"2\""));
        as(OLENA).get("/requests/" + id + "/timeline").then()
                .body("[-1].action", equalTo("WITHDRAWN"))
                .body("[-1].actor", equalTo("taras"))
                .body("[-1].fromStatus", equalTo("SUBMITTED"))
                .body("[-1].toStatus", equalTo("WITHDRAWN"));
    }

    @Test
    void aRequestInReviewAndADraftMayBeWithdrawn() {
        String inReview = scenarios.inReview(OLENA);
        as(OLENA).body(REASON).post("/requests/" + inReview + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        String draft = Api.createDraft(OLENA, Drafts.titleOnly("Abandoned"));
        as(OLENA).body(REASON).post("/requests/" + draft + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawalNeedsAReason() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).body("{\"reason\": \"  \"}").post("/requests/" + id + "/withdraw").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(OLENA).body("{}").post("/requests/" + id + "/withdraw").then().statusCode(400);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void noWithdrawalAfterARejection() {
        String id = scenarios.decided(OLENA, "REJECTED");
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("currentStatus", equalTo("REJECTED"));
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void anApprovedRequestMayStillBeWithdrawn() {
        for (String outcome : new String[] {"APPROVED", "APPROVED_WITH_CONDITIONS"}) {
            String id = scenarios.decided(OLENA, outcome);
            as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
        }
    }

    @Test
    void aWithdrawnRequestCannotBeWithdrawnEditedOrSubmitted() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(200);
        as(OLENA).body(REASON).post("/requests/" + id + "/withdraw").then().statusCode(409)
                .body("currentStatus", equalTo("WITHDRAWN"));
        as(OLENA).header("If-Match", "*").body(Drafts.titleOnly("Revived")).put("/requests/" + id).then()
                .statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
    }

    @Test
    void staleIfMatchOnWithdrawalIsRejectedWith412() {
        String id = scenarios.submitted(OLENA);
        as(OLENA).header("If-Match", "\"0\"").body(REASON).post("/requests/" + id + "/withdraw").then()
                .statusCode(412);
        as(OLENA).get("/requests/" + id).then().body("status", equalTo("SUBMITTED"));
    }
}
