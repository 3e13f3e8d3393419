package org.procurement.catalog.cache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Every request that may have changed the catalogue through this replica (any method but a read) makes the next read
 * learn the version from the database before answering, so whoever changed something reads it back at once, without
 * waiting for the announcement. Runs before the answer leaves, after the change committed. One place for all writes,
 * so no write path can forget it; a refused write costs one extra version read.
 */
public class ChangesHere {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CatalogueVersion version;

    public ChangesHere(CatalogueVersion version) {
        this.version = version;
    }

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod())) {
            version.changedHere();
        }
    }
}
