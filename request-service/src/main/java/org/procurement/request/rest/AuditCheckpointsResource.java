package org.procurement.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.request.service.CheckpointCopyService;
import org.procurement.support.security.Roles;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;

/** Internal: copies of approval-service's signed audit checkpoints, kept out of reach of approval-service's database. */
@Path("/internal/audit-checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service, for services only, not for people: approval-service's "
        + "service account (role service) reports the progress of approval cases here (docs/contracts.md). "
        + "Approvers decide in approval-service.")
@SecurityRequirement(name = "oidc")
public class AuditCheckpointsResource {

    private final CheckpointCopyService service;
    private final Caller caller;

    public AuditCheckpointsResource(CheckpointCopyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "keepAuditCheckpoint",
            summary = "Internal: keep a copy of approval-service's signed audit checkpoint",
            description = "Role service: for approval-service's service account only, not for people. approval-service "
                    + "signs the head of its audit chain (seq, hash, time) with Ed25519 about once a minute while "
                    + "entries arrive and sends it here through its outbox; this service verifies the signature with "
                    + "approval-service's public key (`AUDIT_VERIFY_KEY`) and keeps the copy, append-only, so that a "
                    + "shortened or rewritten chain over there shows against it (`GET /audit/verify` in "
                    + "approval-service). Idempotent by `seq`: the same checkpoint again answers 200 and changes "
                    + "nothing.")
    @APIResponse(responseCode = "201", description = "Verified and kept.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckpointCopyView.class)))
    @APIResponse(responseCode = "200", description = "This very checkpoint was kept before; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckpointCopyView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a field is missing or malformed, "
            + "each one named in `violations`.")
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: the caller is not a service account "
            + "(role service).")
    @APIResponse(responseCode = "409", description = "Problem `checkpoint-conflict`: another checkpoint for this `seq` "
            + "is already kept; copies are never replaced.")
    @APIResponse(responseCode = "422", description = "Problem `invalid-signature`: the signature does not verify with "
            + "approval-service's public key (a forged or altered checkpoint); nothing was kept.")
    public Response receive(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = CheckpointInput.class),
                                    examples = @ExampleObject(name = "Checkpoint", value = Examples.AUDIT_CHECKPOINT)))
                            @Valid @NotNull CheckpointInput body) {
        boolean stored = service.receive(body.toCheckpoint(), caller.username());
        return Response.status(stored ? 201 : 200).entity(CheckpointCopyView.of(service.copy(body.seq()))).build();
    }

    @GET
    @Path("/latest")
    @RolesAllowed({Roles.SERVICE, Roles.AUDITOR})
    @Operation(operationId = "getLatestAuditCheckpoint",
            summary = "Internal: the newest copy of approval-service's signed audit checkpoint",
            description = "Roles service (approval-service, when it verifies its audit chain) and auditor. Changes "
                    + "nothing. The kept checkpoint with the highest `seq`, as approval-service signed it, and when it "
                    + "arrived.")
    @APIResponse(responseCode = "200", description = "The newest copy.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckpointCopyView.class),
                    examples = @ExampleObject(name = "Newest copy", value = Examples.AUDIT_CHECKPOINT_COPY)))
    @APIResponse(responseCode = "403", description = "Problem `forbidden`: neither a service account nor an auditor.")
    @APIResponse(responseCode = "404", description = "Problem `not-found`: no checkpoint has been received yet.")
    public CheckpointCopyView latest() {
        return service.latest().map(CheckpointCopyView::of).orElseThrow(() -> new ProblemException(404, "not-found",
                "No checkpoint yet", "No audit checkpoint of approval-service has been received yet."));
    }
}
