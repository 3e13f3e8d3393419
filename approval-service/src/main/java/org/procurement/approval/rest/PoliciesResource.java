package org.procurement.approval.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.procurement.approval.domain.PolicyProposal;
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.service.PolicyService;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;
import org.procurement.support.security.Roles;

import java.net.URI;
import java.util.List;

@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Which stages a request goes through, who decides them and how fast: versioned "
        + "policy documents, changed only under four eyes (one authorizer proposes, another approves) and never below "
        + "the deployment's floor. A case keeps the version it was opened with.")
public class PoliciesResource {

    private final PolicyService policies;
    private final Caller caller;

    public PoliciesResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listPolicies", summary = "Every published policy version; the highest is current",
            description = "Any signed-in user. Changes nothing. Lists every version ever published, oldest first; "
                    + "`current` marks the one new cases are routed by.")
    @APIResponse(responseCode = "200", description = "The published versions.")
    public List<PolicySummary> list() {
        int current = policies.current().version();
        return policies.all().stream().map(p -> PolicySummary.of(p, current)).toList();
    }

    @GET
    @Path("/{version}")
    @Authenticated
    @Operation(operationId = "getPolicy", summary = "One policy version with its stages and conditions",
            description = "Any signed-in user. Changes nothing. The stages are in the same format as they are "
                    + "published, so a version read here can be edited and published again.")
    @APIResponse(responseCode = "200", description = "The policy version.")
    @APIResponse(responseCode = "404", description = "No policy version has this number (or it is not a number).")
    public PolicyView get(@Parameter(description = "Version number (1 is the default policy).", example = "1")
                          @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            // Not a number names no version; it is also where a client's /policies/proposals/../impact lands once
            // the dot segment is resolved, so "not found" is the honest answer, not a complaint about a field.
            throw ProblemException.notFound("Policy version", "'" + version + "'");
        }
        PolicyVersion found = policies.version(number);
        return PolicyView.of(found, policies.definition(found));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORIZER)
    @Operation(operationId = "proposePolicy",
            summary = "Propose a policy change; a different authorizer must approve it before it applies",
            description = "Role authorizer. Checks the whole document, and that it keeps the deployment's floor (every "
                    + "case has a reviewer and an authorizer stage; a case with a lethal line bound for a conflict zone "
                    + "also has export-control and policy-board stages), then stores it as a proposal against the "
                    + "current version. Nothing is published: the current policy stays in force until a *different* "
                    + "authorizer approves the proposal (`POST /policies/proposals/{id}/approval`). Each stage names a "
                    + "`key`, `title`, deciding `role` (reviewer, export-control, policy-board or authorizer), `quorum` "
                    + "(1–20), `order` (same order runs in parallel), an optional `condition` and a `due` duration per "
                    + "priority; at least one stage must have no condition. Recorded in the audit trail.")
    @APIResponse(responseCode = "202", description = "Proposed, not published; Location names the proposal.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Nothing was proposed. Problem `invalid-policy` lists every fault "
            + "of the document in `violations` (field path and message; a floor rule is named as `floor.every-case` or "
            + "`floor.lethal-to-conflict-zone`); `validation-failed` or `malformed-json` when the body cannot be read "
            + "(unknown field, unknown condition type, wrong type).")
    public Response propose(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = Policy.class),
                                    examples = @ExampleObject(name = "Default policy, board from 50 million USD",
                                            value = Examples.POLICY_LOWER_BOARD_THRESHOLD)))
                            @NotNull Policy body) {
        PolicyProposal proposal = policies.propose(body, caller.username());
        return Response.accepted(ProposalView.of(proposal, policies.definition(proposal)))
                .location(URI.create("/policies/proposals/" + proposal.id())).build();
    }
}
