package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * catalog-service faked by WireMock on a free port; tests receive the server through {@link InjectCatalogue}. The
 * same server answers approval-service's case cancellation (a withdrawal in review waits for it): CANCELLED unless a
 * test stubs otherwise ({@link CatalogueStubs#caseDecided}).
 */
public class FakeCatalogue implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/internal/cases/cancellations")
                .atPriority(10).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"caseStatus\": \"CANCELLED\", \"result\": \"CANCELLED\"}")));
        return Map.of("quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.rest-client.approval.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectCatalogue.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
