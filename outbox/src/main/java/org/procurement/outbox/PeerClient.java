package org.procurement.outbox;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A peer service as the outbox sees it: a base URL taking a message's method, path and JSON body. Built per
 * destination by {@link Delivery} with the Quarkus REST client; the path arrives already encoded, as it was stored.
 * Every call carries this service's own service-account token (client-credentials grant of the default
 * {@code quarkus-oidc-client}), never an end user's.
 */
@OidcClientFilter
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PeerClient {

    String EVENT_ID = "X-Event-Id";

    @POST
    @Path("{path}")
    Response post(@PathParam("path") @Encoded String path, String body, @HeaderParam(EVENT_ID) String eventId,
                  @HeaderParam(MessageContext.HEADER) String correlationId,
                  @HeaderParam(MessageContext.TRACEPARENT) String traceparent);

    @PUT
    @Path("{path}")
    Response put(@PathParam("path") @Encoded String path, String body, @HeaderParam(EVENT_ID) String eventId,
                 @HeaderParam(MessageContext.HEADER) String correlationId,
                 @HeaderParam(MessageContext.TRACEPARENT) String traceparent);

    @PATCH
    @Path("{path}")
    Response patch(@PathParam("path") @Encoded String path, String body, @HeaderParam(EVENT_ID) String eventId,
                   @HeaderParam(MessageContext.HEADER) String correlationId,
                   @HeaderParam(MessageContext.TRACEPARENT) String traceparent);

    @DELETE
    @Path("{path}")
    Response delete(@PathParam("path") @Encoded String path, @HeaderParam(EVENT_ID) String eventId,
                    @HeaderParam(MessageContext.HEADER) String correlationId,
                    @HeaderParam(MessageContext.TRACEPARENT) String traceparent);
}
