package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/** The catalogue lookup's timeout and circuit breaker, with small limits so that they trip within a test. */
@QuarkusTest
@TestProfile(CatalogueFaultToleranceTest.TightLimits.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class CatalogueFaultToleranceTest {

    private static final String LOOKUP = "quarkus.fault-tolerance.\"org.procurement.request.client.Catalogue/lookup\".";

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    LOOKUP + "circuit-breaker.enabled", "true",
                    LOOKUP + "circuit-breaker.request-volume-threshold", "2",
                    LOOKUP + "circuit-breaker.failure-ratio", "0.5",
                    LOOKUP + "circuit-breaker.delay", "60000",
                    LOOKUP + "circuit-breaker.delay-unit", "millis",
                    LOOKUP + "timeout.value", "300",
                    LOOKUP + "timeout.unit", "millis");
        }
    }

    @InjectCatalogue
    WireMockServer catalogueServer;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private CatalogueStubs catalogue;

    @BeforeEach
    void closeBreakers() {
        circuitBreakers.resetAll();
        catalogue = new CatalogueStubs(catalogueServer);
    }

    @Test
    void aCatalogueTooSlowToAnswerGives503WithinTheTimeouts() {
        UUID item = UUID.randomUUID();
        catalogueServer.stubFor(get(urlPathEqualTo("/catalog/items")).withQueryParam("ids", equalTo(item.toString()))
                .willReturn(aResponse().withFixedDelay(2000).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\": []}")));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        long started = System.nanoTime();
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(503)
                .body("type", endsWith("/catalogue-unavailable"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // Three attempts cut off at 300 ms each, not three waits of the catalogue's 2 s.
        assertTrue(millis < 5000, "took " + millis + " ms");
        as(OLENA).get("/requests/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void onceTheBreakerOpensTheCatalogueIsNotCalledAtAll() {
        UUID broken = UUID.randomUUID();
        catalogue.breakConnection(broken);
        String failing = Api.createDraft(OLENA, Drafts.complete(broken));
        as(OLENA).post("/requests/" + failing + "/submit").then().statusCode(503);

        UUID healthy = UUID.randomUUID();
        catalogue.serve(healthy, CatalogueStubs.item(healthy, Scenarios.sku(healthy), "1.00", 10));
        String fine = Api.createDraft(OLENA, Drafts.complete(healthy));
        catalogueServer.resetRequests(); // showing the draft asked the catalogue (one try, breaker untouched)
        as(OLENA).post("/requests/" + fine + "/submit").then().statusCode(503)
                .body("type", endsWith("/catalogue-unavailable"));
        catalogueServer.verify(0, catalogue.lookupsOf(healthy));

        // Once the breaker closes again, the same submission goes through.
        circuitBreakers.resetAll();
        as(OLENA).post("/requests/" + fine + "/submit").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
    }
}
