package org.procurement.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.service.CasePage;
import org.procurement.approval.service.CaseQuery;
import org.procurement.approval.service.CaseService;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;

import java.net.URI;
import java.util.UUID;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    private final CaseService cases;
    private final AuditTrail audit;
    private final Caller caller;

    public CasesResource(CaseService cases, AuditTrail audit, Caller caller) {
        this.cases = cases;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR, Roles.SERVICE})
    @Operation(summary = "Cases, newest first; requesters see only their organisation's")
    public CaseList list(@QueryParam("status") String status, @QueryParam("requestId") String requestId,
                         @QueryParam("reference") String reference, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        CaseQuery query = new CaseQuery(QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.uuid("requestId", requestId), reference == null || reference.isBlank() ? null : reference.trim(),
                QueryParams.integer("page", page, 0, 0, 100_000), QueryParams.integer("size", size, 20, 1, 100));
        CasePage found = cases.list(query, Actors.of(caller));
        return new CaseList(found.cases().stream().map(CaseSummary::of).toList(), found.total(), query.page(), query.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER,
            Roles.AUDITOR, Roles.SERVICE})
    @Operation(summary = "A case with its stages, decisions, request facts and history")
    public CaseView get(@PathParam("id") String id) {
        return view(caseId(id), Actors.of(caller));
    }

    @POST
    @Path("/{id}/stages/{stageKey}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EXPORT_CONTROL, Roles.POLICY_BOARD, Roles.AUTHORIZER})
    @Operation(summary = "Decide a stage: APPROVE, APPROVE_WITH_CONDITIONS, RETURN_FOR_AMENDMENT or REJECT",
            description = "403 when the caller may not decide this stage (role, organisation, submitter, separation "
                    + "of duties); 409 when the case is closed, the stage is not open yet, already complete, or the "
                    + "caller already decided it.")
    public Response decide(@PathParam("id") String id, @PathParam("stageKey") String stageKey,
                           @Valid @NotNull DecisionRequest body) {
        Actor actor = Actors.deciding(caller);
        UUID caseId = caseId(id);
        cases.decide(caseId, stageKey, actor, body.outcome(), body.text());
        return Response.created(URI.create("/cases/" + caseId)).entity(view(caseId, actor)).build();
    }

    private CaseView view(UUID caseId, Actor viewer) {
        return CaseView.of(cases.get(caseId, viewer), audit.ofCase(caseId));
    }

    private static UUID caseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Case", id);
        }
    }
}
