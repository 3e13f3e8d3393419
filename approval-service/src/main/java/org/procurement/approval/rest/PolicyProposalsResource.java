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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.domain.PolicyProposal;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.domain.ProposalStatus;
import org.procurement.approval.service.PolicyService;
import org.procurement.support.http.QueryParameters;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/policies/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyProposalsResource {

    static final int MAX_IMPACT_CASES = 5000;

    private final PolicyService policies;
    private final Caller caller;

    public PolicyProposalsResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.AUTHORIZER, Roles.AUDITOR})
    @Operation(operationId = "listPolicyProposals", summary = "Policy proposals, newest first",
            description = "Roles authorizer and auditor. Changes nothing. Every proposal ever made, or those with one "
                    + "`status`.")
    @APIResponse(responseCode = "200", description = "The proposals.")
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter`: `status` is not PROPOSED, APPROVED "
            + "or REJECTED.")
    public List<ProposalView> list(@Parameter(description = "Only proposals with this status.",
                                           schema = @Schema(type = SchemaType.STRING,
                                                   enumeration = {"PROPOSED", "APPROVED", "REJECTED"}))
                                   @QueryParam("status") String status) {
        QueryParameters parameters = new QueryParameters();
        ProposalStatus wanted = parameters.enumValue("status", status, ProposalStatus.class).orElse(null);
        parameters.validate();
        return policies.proposals(wanted).stream().map(p -> ProposalView.of(p, policies.definition(p))).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUTHORIZER, Roles.AUDITOR})
    @Operation(operationId = "getPolicyProposal",
            summary = "One policy proposal", description = "Roles authorizer and auditor. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The proposal.")
    @APIResponse(responseCode = "404", description = "No proposal has this id.")
    public ProposalView get(@Parameter(description = "Proposal id.") @PathParam("id") UUID id) {
        PolicyProposal proposal = policies.proposal(id);
        return ProposalView.of(proposal, policies.definition(proposal));
    }

    @GET
    @Path("/{id}/impact")
    @RolesAllowed({Roles.AUTHORIZER, Roles.AUDITOR})
    @Operation(operationId = "getPolicyProposalImpact",
            summary = "Which recent cases would route differently if the proposal were approved",
            description = "Roles authorizer and auditor. Changes nothing. Replays the routing facts of the `last` "
                    + "cases opened (newest first) against the current policy and the proposal, and lists those whose "
                    + "stages would differ: stages before and after, added, removed, and kept with another role, "
                    + "quorum or order. The approver sees what they sign.")
    @APIResponse(responseCode = "200", description = "The replay.")
    @APIResponse(responseCode = "400", description = "Problem `invalid-parameter`: `last` is not a whole number "
            + "from 1 to 5000.")
    @APIResponse(responseCode = "404", description = "No proposal has this id.")
    public PolicyImpactView impact(@Parameter(description = "Proposal id.") @PathParam("id") UUID id,
                                   @Parameter(description = "How many of the most recent cases to replay, 1 to 5000.",
                                           schema = @Schema(type = SchemaType.INTEGER, defaultValue = "500",
                                                   minimum = "1", maximum = "5000"))
                                   @QueryParam("last") String last) {
        UUID proposal = id;
        QueryParameters parameters = new QueryParameters();
        int count = parameters.intInRange("last", last, 500, 1, MAX_IMPACT_CASES);
        parameters.validate();
        return PolicyImpactView.of(policies.impact(proposal, count));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.AUTHORIZER)
    @Operation(operationId = "approvePolicyProposal",
            summary = "Approve a proposal made by another authorizer: it is published as the next version",
            description = "Role authorizer, not the proposer. Publishes the proposal as the next policy version: "
                    + "every case opened from now on is routed by it, open cases keep theirs. Refused when another "
                    + "version was published after the proposal was made (it would overwrite that one unseen) and when "
                    + "the document no longer keeps the deployment's floor. Recorded in the audit trail with both "
                    + "names.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Problem "
            + "`invalid-policy` (the floor was raised since and the document is now below it).")
    @APIResponse(responseCode = "403", description = "Problem `separation-of-duties`: you proposed it.")
    @APIResponse(responseCode = "404", description = "No proposal has this id.")
    @APIResponse(responseCode = "409", description = "Problem `stale-proposal` (another version was published after it "
            + "was proposed: propose again) or `proposal-decided` (already approved or rejected).")
    public Response approve(@Parameter(description = "Proposal id.") @PathParam("id") UUID id) {
        PolicyVersion published = policies.approve(id, caller.username());
        return Response.created(URI.create("/policies/" + published.version()))
                .entity(PolicyView.of(published, policies.definition(published))).build();
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORIZER)
    @Operation(operationId = "rejectPolicyProposal", summary = "Reject a proposal, with a reason",
            description = "Role authorizer; the proposer may reject their own (a withdrawal). The proposal is kept, "
                    + "marked rejected with the reason, and recorded in the audit trail. Nothing is published.")
    @APIResponse(responseCode = "200", description = "Rejected.")
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: `reason` is "
            + "missing, blank or over 4000 characters.")
    @APIResponse(responseCode = "404", description = "No proposal has this id.")
    @APIResponse(responseCode = "409", description = "Problem `proposal-decided`: already approved or rejected.")
    public ProposalView reject(@Parameter(description = "Proposal id.") @PathParam("id") UUID id,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = ProposalRejection.class),
                                       examples = @ExampleObject(name = "Rejected with a reason", value = """
                                               {"reason": "The board threshold must not be lowered before the treaty review."}""")))
                               @NotNull @Valid ProposalRejection body) {
        PolicyProposal proposal = policies.reject(id, caller.username(), body.reason());
        return ProposalView.of(proposal, policies.definition(proposal));
    }
}
