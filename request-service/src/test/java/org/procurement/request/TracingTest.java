package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.procurement.request.Api.as;
import static org.procurement.testing.DemoUser.OLENA;

/**
 * With tracing switched on (it is off by default), a submission makes a server span, the catalogue lookup a client
 * span in the same trace, and the trace context travels to catalog-service (traceparent header) and into the
 * submission's outbox events.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The OTLP exporter stays pointed at nothing; the spans this test reads are the in-memory ones.
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:1",
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @InjectCatalogue
    WireMockServer catalogueServer;
    @Inject
    InMemorySpanExporter spans;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSubmissionIsOneTraceFromTheServerSpanThroughTheLookupToItsEvents() throws Exception {
        UUID item = UUID.randomUUID();
        CatalogueStubs catalogue = new CatalogueStubs(catalogueServer);
        catalogue.serve(item, CatalogueStubs.item(item, Scenarios.sku(item), "1200.00", 10));
        String id = Api.createDraft(OLENA, Drafts.complete(item));
        catalogueServer.resetRequests(); // showing the draft looked its item up, in the creation's own trace
        as(OLENA).post("/requests/" + id + "/submit").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> serverSpanOf(id).isPresent());
        SpanData server = serverSpanOf(id).orElseThrow();
        String traceId = server.getTraceId();

        await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(traceId)));

        List<LoggedRequest> lookups = catalogueServer.findAll(catalogue.lookupsOf(item));
        assertFalse(lookups.isEmpty());
        for (LoggedRequest lookup : lookups) {
            String traceparent = lookup.getHeader("traceparent");
            assertTrue(traceparent != null && traceparent.startsWith("00-" + traceId + "-"), traceparent);
        }

        List<String> stored = traceparentsOfEventsFor(id);
        assertFalse(stored.isEmpty());
        for (String traceparent : stored) {
            assertTrue(traceparent != null && traceparent.matches("00-" + traceId + "-[0-9a-f]{16}-01"), traceparent);
        }
    }

    private Optional<SpanData> serverSpanOf(String requestId) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER)
                .filter(s -> s.getName().startsWith("POST") && s.getName().contains("submit"))
                .filter(s -> String.valueOf(s.getAttributes().asMap().values()).contains(requestId))
                .findFirst();
    }

    private List<String> traceparentsOfEventsFor(String requestId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT traceparent FROM outbox_message WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, requestId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
