package org.procurement.approval.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.service.Cancellation;
import org.procurement.approval.service.CaseService;
import org.procurement.approval.service.Opening;
import org.procurement.approval.service.StoredRoutingFacts;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.net.URI;

/** Called by request-service only (role {@code service}); see docs/contracts.md. */
@Path("/internal/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "Internal: service-to-service", description = "For services only, not for people: request-service's "
        + "service account (role service) calls these when a request is submitted or withdrawn (docs/contracts.md).")
public class InternalCasesResource {

    private final CaseService cases;
    private final AuditTrail audit;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final StoredRoutingFacts storedFacts;

    public InternalCasesResource(CaseService cases, AuditTrail audit, ObjectMapper mapper, Caller caller,
                                 StoredRoutingFacts storedFacts) {
        this.storedFacts = storedFacts;
        this.cases = cases;
        this.audit = audit;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "openCase",
            summary = "Internal: open the case of a submitted request round (201), or find it again on a retry (200)",
            description = "Role service: for request-service only, not for people (requests are submitted in "
                    + "request-service). Opens the approval case of a submitted request round: routes it through the "
                    + "current policy, copies the stages that apply into the case, opens the first ones (they appear "
                    + "in the deciders' tasks), records it in the audit trail and tells request-service (CASE_OPENED). "
                    + "Idempotent by (`requestId`, `round`): a retry changes nothing and answers 200 with the same case. "
                    + "Each line's `lethal` and `majorDefenseEquipment` are required, and `total` must equal the sum "
                    + "of the `lineTotal`s. A `totalAtLeast` condition compares the aggregated total: this total plus "
                    + "the lines of the organisation's other live requests for the same `itemId`s opened within "
                    + "APPROVAL_AGGREGATION_WINDOW (the case shows `aggregatedTotal` and `countedRequests`).")
    @APIResponse(responseCode = "201", description = "Case opened; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "200", description = "The case of this request round was already open: the same case, "
            + "nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a required fact is missing or "
            + "invalid (each field named in `violations`), or `total` is not the sum of the line totals.")
    public Response open(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = OpenCaseRequest.class),
                                 examples = @ExampleObject(name = "Artillery and air defence for UA",
                                         value = Examples.OPEN_CASE)))
                         @Valid @NotNull OpenCaseRequest body) throws JsonProcessingException {
        body.requireConsistentTotal();
        Opening opening = cases.open(body.caseFacts(mapper.writeValueAsString(body)), body.routingFacts(), body.itemLines());
        ApprovalCase opened = cases.get(opening.caseId(), Actors.of(caller));
        CaseView view = CaseView.of(opened, storedFacts.aggregation(opened), audit.ofCase(opening.caseId()), false);
        return (opening.created() ? Response.created(URI.create("/cases/" + opening.caseId())) : Response.ok())
                .entity(view).build();
    }

    @POST
    @Path("/cancellations")
    @Operation(operationId = "cancelCase",
            summary = "Internal: cancel the case of a withdrawn request; repeated or late calls say what they found",
            description = "Role service: for request-service only, not for people (requests are withdrawn in "
                    + "request-service). Closes the open case of the request round as CANCELLED (its open stages stop "
                    + "and leave the deciders' tasks) and records it in the audit trail. Without `round`, the latest "
                    + "round. Idempotent: a case already cancelled or already closed with another outcome is left "
                    + "alone, and `result` says which.")
    @APIResponse(responseCode = "200", description = "What the cancellation found: `result` CANCELLED, "
            + "ALREADY_CANCELLED or ALREADY_CLOSED, with the case status after the call.")
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: `requestId` is missing, `round` is "
            + "below 1, or a field is too long or unknown.")
    @APIResponse(responseCode = "404", description = "No case exists for this request (and round).")
    public Cancellation cancel(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = CancellationRequest.class),
                                       examples = @ExampleObject(name = "Withdrawn request", value = Examples.CANCELLATION)))
                               @Valid @NotNull CancellationRequest body) {
        return cases.cancel(body.requestId(), body.round(), body.actor() == null ? caller.username() : body.actor(),
                body.reason());
    }
}
