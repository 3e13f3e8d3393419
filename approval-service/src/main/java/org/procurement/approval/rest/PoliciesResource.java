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
import org.procurement.approval.domain.PolicyVersion;
import org.procurement.approval.policy.Policy;
import org.procurement.approval.service.PolicyService;
import org.procurement.support.problem.ProblemException;
import org.procurement.support.security.Caller;

import java.net.URI;
import java.util.List;

@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    private final PolicyService policies;
    private final Caller caller;

    public PoliciesResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Every published policy version; the highest is current")
    public List<PolicySummary> list() {
        int current = policies.current().version();
        return policies.all().stream().map(p -> PolicySummary.of(p, current)).toList();
    }

    @GET
    @Path("/{version}")
    @Authenticated
    @Operation(summary = "One policy version with its stages and conditions")
    public PolicyView get(@PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("version", "must be a whole number");
        }
        PolicyVersion found = policies.version(number);
        return PolicyView.of(found, policies.definition(found));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORIZER)
    @Operation(summary = "Publish a new policy version after validating it; cases already open keep theirs")
    public Response publish(@NotNull Policy body) {
        PolicyVersion published = policies.publish(body, caller.username());
        return Response.created(URI.create("/policies/" + published.version()))
                .entity(PolicyView.of(published, policies.definition(published))).build();
    }
}
