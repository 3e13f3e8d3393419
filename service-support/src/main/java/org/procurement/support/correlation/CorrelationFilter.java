package org.procurement.support.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every incoming request a correlation id before anything else runs (so even authentication failures
 * carry it), puts it into the MDC for every log line of the request, echoes it on the response, and logs one
 * line per API request (method, path, status, time) so that each hop of a flow shows in its service's log.
 * Health and metrics probes ({@code /q/...}) are not logged: they would drown everything else.
 */
@Provider
@PreMatching
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger REQUESTS = Logger.getLogger("org.procurement.requests");
    private static final String ID = CorrelationFilter.class.getName() + ".id";
    private static final String STARTED = CorrelationFilter.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        String id = CorrelationId.acceptOrCreate(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(ID, id);
        request.setProperty(STARTED, System.nanoTime());
        MDC.put(CorrelationId.MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ID);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(CorrelationId.HEADER, id);
        // The MDC may not have survived a hop between threads; the request's property has.
        MDC.put(CorrelationId.MDC_KEY, id);
        try {
            // Still percent-encoded, so a path cannot forge a line break; long paths are cut.
            String path = request.getUriInfo().getRequestUri().getRawPath();
            if (!path.startsWith("/q/") && REQUESTS.isInfoEnabled()) {
                path = path.length() <= 200 ? path : path.substring(0, 200) + "...";
                long micros = (System.nanoTime() - (long) request.getProperty(STARTED)) / 1000;
                REQUESTS.infof("%s %s -> %d (%d ms)", request.getMethod(), path, response.getStatus(), micros / 1000);
            }
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }
}
