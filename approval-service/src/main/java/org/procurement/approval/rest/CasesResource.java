package org.procurement.approval.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.procurement.approval.audit.AuditTrail;
import org.procurement.approval.domain.Actor;
import org.procurement.approval.domain.ApprovalCase;
import org.procurement.approval.domain.CaseStatus;
import org.procurement.approval.service.CasePage;
import org.procurement.approval.service.CaseQuery;
import org.procurement.approval.service.CaseService;
import org.procurement.approval.service.StoredRoutingFacts;
import org.procurement.support.http.Page;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Caller;

import java.net.URI;
import java.util.UUID;

@Path("/cases")
// Who may read cases (requesters only their organisation's) and decide is settled per call, since a delegate may
// hold no role of their own: CaseService.reader and requireDecider.
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    private final CaseService cases;
    private final AuditTrail audit;
    private final Caller caller;
    private final StoredRoutingFacts storedFacts;

    public CasesResource(CaseService cases, AuditTrail audit, Caller caller, StoredRoutingFacts storedFacts) {
        this.storedFacts = storedFacts;
        this.cases = cases;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Tag(name = "Cases", description = "Approval cases: their stages, decisions, request facts and history.")
    @Operation(operationId = "listCases", summary = "Cases, newest first; requesters see only their organisation's",
            description = "Role requester, reviewer, export-control, policy-board, authorizer, auditor or service. "
                    + "Changes nothing. Lists the cases matching every filter given, one page at a time. Requesters "
                    + "see only the cases of their own organisation (token claim `org`); the other roles see all.")
    @APIResponse(responseCode = "200", description = "One page of cases with the total count.")
    @APIResponse(responseCode = "400", description = "A parameter is not valid: an unknown status, a requestId that "
            + "is not a UUID, or page/size out of range (the problem names it in `violations`).")
    public Page<CaseSummary> list(@Parameter(description = "Only cases in this status.",
                                 schema = @Schema(implementation = CaseStatus.class))
                         @QueryParam("status") String status,
                         @Parameter(description = "Only the cases (one per submission round) of this request.",
                                 example = "8a0e2b7c-4f1d-4e39-9c52-6d3f0a1b7e44")
                         @QueryParam("requestId") String requestId,
                         @Parameter(description = "Only the cases of the request with this reference (exact match).",
                                 example = "REQ-2026-000123")
                         @QueryParam("reference") String reference,
                         @Parameter(description = "Zero-based page number (default 0).", example = "0")
                         @QueryParam("page") String page,
                         @Parameter(description = "Cases per page, 1 to 100 (default 20).", example = "20")
                         @QueryParam("size") String size,
                         @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        CaseQuery query = new CaseQuery(parameters.enumValue("status", status, CaseStatus.class).orElse(null),
                parameters.uuid("requestId", requestId).orElse(null),
                parameters.text("reference", reference, 100).orElse(null),
                parameters.page(page), parameters.size(size, QueryParameters.DEFAULT_PAGE_SIZE));
        parameters.validate();
        CasePage found = cases.list(query, cases.reader(Actors.of(caller)));
        return Page.of(found.cases().stream().map(CaseSummary::of).toList(), found.total(), query.page(), query.size(),
                uri);
    }

    @GET
    @Path("/{id}")
    @Tag(name = "Cases")
    @Operation(operationId = "getCase", summary = "A case with its stages, decisions, request facts and history",
            description = "Role requester, reviewer, export-control, policy-board, authorizer, auditor or service. "
                    + "Changes nothing. Shows each stage (role, quorum, why it applies, status, due time, overdue) with "
                    + "its decisions, the request as submitted (`request`), the aggregated total routing compared "
                    + "(`aggregatedTotal`, with the organisation's other requests it counted: `countedRequests`) and "
                    + "the case's audit history. A requester "
                    + "asking for another organisation's case gets 404, so nothing about it is revealed. The requesting "
                    + "ministry reads the outcome, the conditions and the reasons, but not the supplier's officials' "
                    + "names nor their comments (unless a decider marked one `commentForRequester`). A deciding role "
                    + "delegated to you now reads as that role does.")
    @APIResponse(responseCode = "200", description = "The case.")
    @APIResponse(responseCode = "404", description = "No case has this id, or it belongs to another organisation "
            + "and you are a requester.")
    public CaseView get(@Parameter(description = "Case id (`caseId` in your tasks, `id` in the case list).",
                                example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f")
                        @PathParam("id") UUID id) {
        return view(id, cases.reader(Actors.of(caller)));
    }

    @POST
    @Path("/{id}/stages/{stageKey}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "My tasks")
    @Operation(operationId = "decideStage",
            summary = "Decide a stage: APPROVE, APPROVE_WITH_CONDITIONS, RETURN_FOR_AMENDMENT or REJECT",
            description = "Role of the stage: reviewer, export-control, policy-board or authorizer, as the stage names "
                    + "(see `role` in your task), held in your own right or delegated to you now (POST /delegations): "
                    + "as a delegate you decide on the delegator's behalf (`onBehalfOf` in your task), the decision "
                    + "and the audit entry name you both, and every rule below applies to both of you. You must not belong to the requesting organisation, must not be the "
                    + "submitter, and decide a stage once and at most one stage per case. Records your decision in the "
                    + "case and its audit trail. An approval (APPROVE, or APPROVE_WITH_CONDITIONS with `conditions`) "
                    + "counts towards the stage's quorum; when the quorum is reached the stage completes, once every "
                    + "parallel stage is complete the next ones open, and when every stage is complete the case "
                    + "closes as APPROVED or APPROVED_WITH_CONDITIONS. One REJECT or RETURN_FOR_AMENDMENT (with a "
                    + "`reason` the requester acts on) closes the case at once as REJECTED or RETURNED. "
                    + "request-service is told of the outcome.")
    @APIResponse(responseCode = "201", description = "Decision recorded; the updated case (Location names it).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: the outcome is missing or unknown, "
            + "`conditions` is missing for APPROVE_WITH_CONDITIONS, `reason` is missing for RETURN_FOR_AMENDMENT or "
            + "REJECT, a text is longer than 4000 characters, or a field is unknown (each one named in `violations`).")
    @APIResponse(responseCode = "403", description = "You may not decide this stage. Problem types: "
            + "`missing-stage-role` (you do not hold the stage's role), `requesting-organisation` (you belong to the "
            + "organisation that made the request), `submitter` (you submitted the request), `separation-of-duties` "
            + "(you, or the colleague you act for, already decided another stage of this case), `forbidden` (none of "
            + "the deciding roles and no delegation, or your account has no organisation).")
    @APIResponse(responseCode = "404", description = "No case has this id, or the case has no stage with this key "
            + "(a stage the policy did not route the case through is not in it).")
    @APIResponse(responseCode = "409", description = "The stage cannot take your decision now. Problem types: "
            + "`case-closed` (the case already has its outcome), `stage-not-open` (it waits for earlier stages, which "
            + "the problem names), `stage-completed` (it already has its quorum), `already-decided` (you decided "
            + "this stage before).")
    public Response decide(@Parameter(description = "Case id (`caseId` in your task).",
                                   example = "3f6b1d2e-9a4c-4e7b-8d05-1c2a3b4d5e6f")
                           @PathParam("id") UUID id,
                           @Parameter(description = "Key of the stage to decide (`stageKey` in your task).",
                                   example = "export-control")
                           @PathParam("stageKey") String stageKey,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = DecisionRequest.class),
                                   examples = {
                                           @ExampleObject(name = "Approve with conditions", value = Examples.APPROVE_WITH_CONDITIONS),
                                           @ExampleObject(name = "Return for amendment", value = Examples.RETURN_FOR_AMENDMENT),
                                           @ExampleObject(name = "Approve", value = Examples.APPROVE),
                                           @ExampleObject(name = "Reject", value = Examples.REJECT)}))
                           @Valid @NotNull DecisionRequest body) {
        Actor actor = Actors.deciding(caller);
        cases.requireDecider(actor);
        cases.decide(id, stageKey, actor, body.outcome(), body.text());
        return Response.created(URI.create("/cases/" + id)).entity(view(id, cases.reader(actor))).build();
    }

    private CaseView view(UUID caseId, Actor viewer) {
        ApprovalCase found = cases.get(caseId, viewer);
        return CaseView.of(found, storedFacts.aggregation(found), audit.ofCase(caseId),
                !CaseService.seesAllCases(viewer));
    }
}
