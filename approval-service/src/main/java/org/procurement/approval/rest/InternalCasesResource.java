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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.service.Cancellation;
import org.procurement.approval.service.CaseService;
import org.procurement.approval.service.Opening;
import org.procurement.support.security.Caller;

import java.net.URI;

/** Called by request-service only (role {@code service}); see docs/contracts.md. */
@Path("/internal/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "internal", description = "Internal: for request-service's service account only (role service)")
public class InternalCasesResource {

    private final CaseService cases;
    private final AuditTrail audit;
    private final ObjectMapper mapper;
    private final Caller caller;

    public InternalCasesResource(CaseService cases, AuditTrail audit, ObjectMapper mapper, Caller caller) {
        this.cases = cases;
        this.audit = audit;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Internal: open the case of a submitted request round (201), or find it again on a retry (200)")
    public Response open(@Valid @NotNull OpenCaseRequest body) throws JsonProcessingException {
        body.requireConsistentTotal();
        Opening opening = cases.open(body.caseFacts(mapper.writeValueAsString(body)), body.routingFacts());
        CaseView view = CaseView.of(cases.get(opening.caseId(), Actors.of(caller)), audit.ofCase(opening.caseId()));
        return (opening.created() ? Response.created(URI.create("/cases/" + opening.caseId())) : Response.ok())
                .entity(view).build();
    }

    @POST
    @Path("/cancellations")
    @Operation(summary = "Internal: cancel the case of a withdrawn request; repeated or late calls say what they found")
    public Cancellation cancel(@Valid @NotNull CancellationRequest body) {
        return cases.cancel(body.requestId(), body.round(), body.actor() == null ? caller.username() : body.actor(),
                body.reason());
    }
}
