package org.procurement.request;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import org.procurement.outbox.ServiceCredentials;
import org.procurement.testing.Tokens;

/** request-service's service-account token, signed like Keycloak's, without asking a token endpoint. */
@Mock
@ApplicationScoped
public class TestServiceCredentials implements ServiceCredentials {

    static final String TOKEN = Tokens.service("request-service");

    @Override
    public String bearerToken() {
        return TOKEN;
    }

    @Override
    public void invalidate() {
    }
}
