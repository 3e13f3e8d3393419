package org.procurement.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.catalog.service.ReservationService;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

/** Holding quantities for approved requests. Called by request-service with its service account. */
@Path("/catalog/reservations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@SecurityRequirement(name = "oidc")
@Tag(name = "Internal: reservations", description = "Service-to-service only (role service); not for people.")
public class ReservationsResource {

    private final ReservationService reservations;
    private final Caller caller;

    public ReservationsResource(ReservationService reservations, Caller caller) {
        this.reservations = reservations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReservation", summary = "Reserve quantities for a reference (internal)",
            description = "Role service. All lines or none; never below zero. A retry with the same reference and lines "
                    + "answers 200 with the same reservation.")
    @APIResponse(responseCode = "201", description = "Reserved.")
    @APIResponse(responseCode = "200", description = "Already reserved by an earlier call with this reference.")
    @APIResponse(responseCode = "409", description = "Not enough available (each short line named), or the reference holds other lines.")
    @APIResponse(responseCode = "400", description = "Invalid input.")
    public Response reserve(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = ReservationInput.class),
                                    examples = @ExampleObject(name = "Howitzers and MANPADS", value = Examples.RESERVATION)))
                            @Valid @NotNull ReservationInput input, @Context UriInfo uri) {
        ReservationService.Outcome outcome = reservations.reserve(input.reference(), input.wanted(), caller.username());
        ReservationView view = ReservationView.of(outcome.reservation());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("catalog/reservations/{reference}").build(input.reference()))
                .entity(view).build();
    }

    @GET
    @Path("/{reference}")
    @Operation(operationId = "getReservation", summary = "Read a reservation (internal)", description = "Role service.")
    @APIResponse(responseCode = "200", description = "The reservation.")
    @APIResponse(responseCode = "404", description = "No reservation has this reference.")
    public ReservationView get(@Parameter(description = "The reference reserved for.", example = "REQ-2026-000123")
                               @PathParam("reference") String reference) {
        return ReservationView.of(reservations.get(reference));
    }

    @DELETE
    @Path("/{reference}")
    @Operation(operationId = "releaseReservation", summary = "Release a reservation (internal)",
            description = "Role service. Gives the quantities back. Idempotent: an unknown or already released reference also answers 204.")
    @APIResponse(responseCode = "204", description = "Released (or nothing to release).")
    public void release(@Parameter(description = "The reference reserved for.", example = "REQ-2026-000123")
                        @PathParam("reference") String reference) {
        reservations.release(reference);
    }
}
