package org.procurement.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Calls to neighbours carry this service's own service-account token, never the end user's. */
@ApplicationScoped
public class ServiceAccountAuthorization implements ClientRequestFilter {

    private final ServiceCredentials credentials;

    public ServiceAccountAuthorization(ServiceCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.bearerToken());
    }
}
