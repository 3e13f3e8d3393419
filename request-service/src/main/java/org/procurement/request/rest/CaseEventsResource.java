package org.procurement.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.request.service.CaseEventService;
import org.procurement.request.service.EventReceipt;
import org.procurement.request.service.Roles;

import java.util.UUID;

/** Internal: approval-service reports case events here with its service-account token. */
@Path("/internal/requests/{requestId}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service accounts (role service) only; not for people.")
@SecurityRequirement(name = "oidc")
public class CaseEventsResource {

    private final CaseEventService service;

    public CaseEventsResource(CaseEventService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "INTERNAL: apply a case event", description = "Idempotent by eventId: a repeat answers "
            + "200 with applied=false, duplicate=true. Events of another round or no longer legal are acknowledged "
            + "(applied=false) and noted on the timeline.")
    public EventReceipt receive(@PathParam("requestId") UUID requestId, @Valid @NotNull CaseEventInput body) {
        return service.apply(requestId, body.toEvent());
    }
}
