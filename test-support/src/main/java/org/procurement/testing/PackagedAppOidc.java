package org.procurement.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.HashMap;
import java.util.Map;

/**
 * The stand-in Keycloak of the service tests, for a {@code @QuarkusIntegrationTest}: the packaged application runs
 * under its production profile, where no {@code %test} setting applies, so it is pointed at the stand-in here. Its
 * tokens are real RS256 tokens ({@link Tokens}); the write-time session check needs a real Keycloak and is covered
 * by SessionCheckTest and the system tests, so it is off in these runs.
 */
public class PackagedAppOidc extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        config.put("procurement.session-check.enabled", "false");
        return config;
    }
}
