package org.procurement.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.procurement.testing.PostgresResource;
import org.procurement.testing.ServiceAccountTokenEndpoint;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correlation tests again, with every write waiting for Keycloak's answer on whether the session is active
 * (never cached here): the request goes on in its own context after that answer, so the submission's correlation id
 * still reaches the catalogue lookup and the events it stores. (Without that, the events got a fresh id.)
 */
@QuarkusTest
@TestProfile(SessionCheckCorrelationTest.Enabled.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceAccountTokenEndpoint.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeCatalogue.class, scope = TestResourceScope.GLOBAL)
class SessionCheckCorrelationTest extends CorrelationPropagationTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procurement.session-check.enabled", "true",
                    "procurement.session-check.introspection-url", "${keycloak.url}/session-check/introspect",
                    "procurement.session-check.cache-ttl", "0s");
        }
    }

    @OidcWireMock
    WireMockServer keycloak;

    @BeforeEach
    void everySessionIsActive() {
        keycloak.stubFor(WireMock.post(urlPathMatching(".*/session-check/introspect"))
                .withMetadata(Map.of("sessionCheck", true))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        // Keycloak answers a little later than at once: the request resumes on another thread.
                        .withFixedDelay(50).withBody("{\"active\": true}")));
    }

    @AfterEach
    void keycloakWasAsked() {
        assertTrue(keycloak.findAll(postRequestedFor(urlPathMatching(".*/session-check/introspect"))).size() > 0);
        keycloak.removeStubsByMetadata(WireMock.matchingJsonPath("$.sessionCheck"));
    }
}
