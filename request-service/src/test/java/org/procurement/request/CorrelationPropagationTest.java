package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/** One submission's correlation id reaches the catalogue lookup and every event the submission sends. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class CorrelationPropagationTest {

    @InjectCatalogue
    WireMockServer catalogueServer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSubmissionsCorrelationIdGoesWithTheLookupAndIsStoredWithItsEvents() throws Exception {
        UUID item = UUID.randomUUID();
        CatalogueStubs catalogue = new CatalogueStubs(catalogueServer);
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1200.00", 10));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        String correlationId = "submit-" + UUID.randomUUID();

        as(OLENA).header("X-Correlation-Id", correlationId).post("/requests/" + id + "/submit").then()
                .statusCode(200).header("X-Correlation-Id", correlationId);

        catalogueServer.verify(catalogue.lookupsOf(item).withHeader("X-Correlation-Id", equalTo(correlationId)));
        List<String> stored = correlationIdsOfEventsFor(id);
        assertFalse(stored.isEmpty(), "the submission sends events");
        assertEquals(List.of(correlationId), stored.stream().distinct().toList());
    }

    @Test
    void aLookupWithoutAnIncomingIdCarriesTheOneTheRequestWasGiven() {
        UUID item = UUID.randomUUID();
        CatalogueStubs catalogue = new CatalogueStubs(catalogueServer);
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1200.00", 10));
        String id = Api.createDraft(OLENA, Drafts.complete(item));

        String given = as(OLENA).post("/requests/" + id + "/submit").then().statusCode(200)
                .extract().header("X-Correlation-Id");

        catalogueServer.verify(catalogue.lookupsOf(item).withHeader("X-Correlation-Id", equalTo(given)));
    }

    private List<String> correlationIdsOfEventsFor(String requestId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT correlation_id FROM outbox_message WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, requestId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
