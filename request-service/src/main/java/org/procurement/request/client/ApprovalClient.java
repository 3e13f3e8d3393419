package org.procurement.request.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * approval-service's cancellation of a withdrawn request's case (docs/contracts.md), called while the withdrawal
 * waits, so that a withdrawal and a final decision cannot both win. Only {@link ApprovalCases} uses it; it
 * authenticates as this service's own service account.
 */
@RegisterRestClient(configKey = "approval")
@OidcClientFilter
@Path("/internal/cases/cancellations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ApprovalClient {

    @POST
    CaseCancellation cancel(Cancellation cancellation, @HeaderParam("X-Event-Id") String eventId);
}
