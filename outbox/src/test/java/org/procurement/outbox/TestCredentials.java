package org.procurement.outbox;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;

/** Stands in for Keycloak: the relay's token source is not what these tests are about. */
@Mock
@ApplicationScoped
public class TestCredentials implements ServiceCredentials {

    static final String TOKEN = "test-service-token";

    @Override
    public String bearerToken() {
        return TOKEN;
    }

    @Override
    public void invalidate() {
    }
}
