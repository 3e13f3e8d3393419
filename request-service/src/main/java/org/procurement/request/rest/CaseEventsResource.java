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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.request.service.CaseEventService;
import org.procurement.request.service.EventReceipt;
import org.procurement.support.security.Roles;

import java.util.UUID;

/** Internal: approval-service reports case events here with its service-account token. */
@Path("/internal/requests/{requestId}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service, for services only, not for people: approval-service's "
        + "service account (role service) reports the progress of approval cases here (docs/contracts.md). "
        + "Approvers decide in approval-service.")
@SecurityRequirement(name = "oidc")
public class CaseEventsResource {

    private final CaseEventService service;

    public CaseEventsResource(CaseEventService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "applyCaseEvent", summary = "Internal: apply a case event from approval-service",
            description = "Role service: for approval-service's service account only, not for people. Applies a "
                    + "case event to the request and records it on the timeline: CASE_OPENED moves a SUBMITTED "
                    + "request to IN_REVIEW; CASE_CLOSED moves an IN_REVIEW request (or a SUBMITTED one, if the "
                    + "opening event is still in flight) to its `outcome`: APPROVED, APPROVED_WITH_CONDITIONS (with "
                    + "`conditions`), REJECTED or RETURNED (each with a `reason`).\n\n"
                    + "Delivery is at least once, so the call is idempotent by `eventId`: a repeat changes nothing "
                    + "and answers `applied: false, duplicate: true`. An event for another round, or whose move is "
                    + "no longer legal (for example after a withdrawal), is acknowledged with `applied: false` and "
                    + "noted on the timeline as EVENT_IGNORED, so the sender stops retrying.")
    @APIResponse(responseCode = "200", description = "Received: `applied` says whether the request changed, "
            + "`duplicate` whether this eventId had been received before, `status` is the request's status now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventReceipt.class),
                    examples = {
                            @ExampleObject(name = "Applied", value = Examples.EVENT_APPLIED),
                            @ExampleObject(name = "Repeated event", value = Examples.EVENT_DUPLICATE)}))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a field is missing or invalid, "
            + "each one named in `violations` (`eventId`, `type` or `round` missing; `outcome` missing for "
            + "CASE_CLOSED; `conditions` missing for APPROVED_WITH_CONDITIONS; `reason` missing for REJECTED or "
            + "RETURNED).")
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: the caller is not a service account "
            + "(role service).")
    @APIResponse(responseCode = "404", description = "Problem `not-found`: no request has this id.")
    public EventReceipt receive(
            @Parameter(description = "The request's id, as approval-service received it (`requestId`) when the "
                    + "case was opened.")
            @PathParam("requestId") UUID requestId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseEventInput.class),
                    examples = {
                            @ExampleObject(name = "Case closed: approved with conditions", value = Examples.CASE_CLOSED),
                            @ExampleObject(name = "Case opened", value = Examples.CASE_OPENED)}))
            @Valid @NotNull CaseEventInput body) {
        return service.apply(requestId, body.toEvent());
    }
}
