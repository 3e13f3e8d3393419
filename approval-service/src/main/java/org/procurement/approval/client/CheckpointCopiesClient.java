package org.procurement.approval.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** request-service's checkpoint copies. Only {@link CheckpointCopies} uses it, as this service's service account. */
@RegisterRestClient(configKey = "request")
@OidcClientFilter
@Path("/internal/audit-checkpoints")
@Produces(MediaType.APPLICATION_JSON)
interface CheckpointCopiesClient {

    @GET
    @Path("/latest")
    CheckpointCopy latest();
}
