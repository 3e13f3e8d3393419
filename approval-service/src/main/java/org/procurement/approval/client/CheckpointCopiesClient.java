package org.procurement.approval.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.procurement.outbox.ServiceAccountAuthorization;

/** request-service's checkpoint copies. Only {@link CheckpointCopies} uses it, as this service's service account. */
@RegisterRestClient(configKey = "request")
@RegisterProvider(ServiceAccountAuthorization.class)
@Path("/internal/audit-checkpoints")
@Produces(MediaType.APPLICATION_JSON)
interface CheckpointCopiesClient {

    @GET
    @Path("/latest")
    CheckpointCopy latest();
}
