package org.procurement.outbox;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Client-credentials tokens from Keycloak through the standard Quarkus OIDC client, cached until shortly
 * before they expire (refreshing early so no call goes out with a token about to lapse).
 */
@ApplicationScoped
public class KeycloakServiceCredentials implements ServiceCredentials {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient client;
    private volatile Tokens tokens;

    public KeycloakServiceCredentials(OidcClient client) {
        this.client = client;
    }

    @Override
    public String bearerToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            synchronized (this) {
                current = tokens;
                if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
                    current = client.getTokens().await().atMost(TIMEOUT);
                    tokens = current;
                }
            }
        }
        return current.getAccessToken();
    }

    @Override
    public void invalidate() {
        tokens = null;
    }
}
