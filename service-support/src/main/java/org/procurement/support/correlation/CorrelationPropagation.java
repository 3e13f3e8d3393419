package org.procurement.support.correlation;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Calls to neighbours through REST clients carry the current correlation id, so the neighbour's log lines
 * for the call share it. (The outbox sets the header itself for asynchronous deliveries.)
 */
@Provider
public class CorrelationPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaderString(CorrelationId.HEADER) == null) {
            CorrelationId.current().ifPresent(id -> request.getHeaders().putSingle(CorrelationId.HEADER, id));
        }
    }
}
