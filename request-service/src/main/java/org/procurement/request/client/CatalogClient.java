package org.procurement.request.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/**
 * catalog-service's batch lookup (docs/contracts.md). Only {@link Catalogue} uses it; it authenticates as this
 * service's own service account.
 */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
interface CatalogClient {

    @GET
    CatalogItemsPage items(@QueryParam("ids") List<UUID> ids, @QueryParam("size") int size);
}
