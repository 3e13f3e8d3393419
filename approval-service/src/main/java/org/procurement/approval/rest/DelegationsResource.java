package org.procurement.approval.rest;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.domain.Delegation;
import org.procurement.approval.service.DelegationPage;
import org.procurement.approval.service.DelegationService;
import org.procurement.support.http.Page;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

@Path("/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "Hand a deciding role to a colleague while you are away, see and end it.")
public class DelegationsResource {

    private final DelegationService delegations;
    private final Caller caller;
    private final Clock clock;

    public DelegationsResource(DelegationService delegations, Caller caller, Clock clock) {
        this.delegations = delegations;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER})
    @Operation(operationId = "createDelegation", summary = "Hand one of your deciding roles to a colleague for a period",
            description = "Role reviewer, export-control, policy-board or authorizer: the role delegated must be one you "
                    + "hold in your own right (a role received by delegation is not passed on). The delegate must "
                    + "belong to your organisation: a delegate of another organisation can never use it. From `from` "
                    + "(default now) until `until` the delegate sees the tasks of that role in GET /tasks and decides "
                    + "them on your behalf; the decision and the audit entry name both of you, and the separation-of-"
                    + "duties rules apply to both (neither may decide a stage of a case the other decided). The period "
                    + "may not exceed the configured maximum (default 30 days), and you may not have another "
                    + "delegation of the same role over the same time. Recorded in the audit trail.")
    @APIResponse(responseCode = "201", description = "Delegated; Location names the delegation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed` naming the field: `delegate` missing, "
            + "not a username or yourself; `role` not a deciding role; `from` in the past; `until` missing, not after "
            + "the start or beyond the maximum period (`maximum` says it); `reason` missing or over 1000 characters.")
    @APIResponse(responseCode = "403", description = "Problem `role-not-held` (you do not hold the role in your own "
            + "right), `no-re-delegation` (you hold it only as someone's delegate) or `forbidden` (no deciding role, or "
            + "your account has no organisation).")
    @APIResponse(responseCode = "409", description = "Problem `overlapping-delegation`: you already delegated this role "
            + "for part of the period (`delegationId` names it; end it first).")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = DelegationRequest.class),
                                   examples = @ExampleObject(name = "Cover during leave", value = """
                                           {
                                             "delegate": "yuna",
                                             "role": "reviewer",
                                             "until": "2026-12-18T00:00:00Z",
                                             "reason": "Annual leave; yuna covers technical review."
                                           }""")))
                           @NotNull @Valid DelegationRequest body) {
        Delegation given = delegations.give(Actors.deciding(caller), body.delegate(), body.role(), body.from(),
                body.until(), body.reason());
        return Response.created(URI.create("/delegations/" + given.id()))
                .entity(DelegationView.of(given, clock.instant())).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listDelegations", summary = "Delegations you gave or received, newest first",
            description = "Any signed-in user: the delegations you gave and those you received, ended or not; an "
                    + "auditor sees everyone's. Changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of delegations with the total count.")
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter`: page or size out of range.")
    public Page<DelegationView> list(@Parameter(description = "Zero-based page number (default 0).", example = "0")
                                     @QueryParam("page") String page,
                                     @Parameter(description = "Delegations per page, 1 to 100 (default 20).",
                                             example = "20")
                                     @QueryParam("size") String size,
                                     @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size, QueryParameters.DEFAULT_PAGE_SIZE);
        parameters.validate();
        DelegationPage found = delegations.visibleTo(Actors.of(caller), pageNumber, pageSize);
        return Page.of(found.delegations().stream().map(d -> DelegationView.of(d, found.asOf())).toList(),
                found.total(), pageNumber, pageSize, uri);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getDelegation", summary = "One delegation",
            description = "Any signed-in user who is its delegator or its delegate; role auditor for anyone's. "
                    + "Changes nothing.")
    @APIResponse(responseCode = "200", description = "The delegation.")
    @APIResponse(responseCode = "404", description = "No delegation with this id that you gave or received.")
    public DelegationView get(@Parameter(description = "Delegation id.") @PathParam("id") UUID id) {
        return DelegationView.of(delegations.get(id, Actors.of(caller)), clock.instant());
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "endDelegation", summary = "End a delegation at once",
            description = "Any signed-in user who is its delegator (withdrawing it) or its delegate (declining it). "
                    + "From now on the delegate no "
                    + "longer sees or decides the role's tasks; decisions already made stay. The delegation is kept, "
                    + "marked ended, and the end is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "Ended; the delegation as it now stands.")
    @APIResponse(responseCode = "404", description = "No delegation with this id that you gave or received.")
    @APIResponse(responseCode = "409", description = "Problem `delegation-ended`: it already ended (`endedAt`).")
    public DelegationView end(@Parameter(description = "Delegation id.") @PathParam("id") UUID id) {
        return DelegationView.of(delegations.end(id, Actors.of(caller)), clock.instant());
    }
}
