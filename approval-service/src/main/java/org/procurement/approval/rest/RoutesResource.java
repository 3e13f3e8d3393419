package org.procurement.approval.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.approval.service.PolicyService;

import java.util.List;

@Path("/routes/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutesResource {

    private final PolicyService policies;

    public RoutesResource(PolicyService policies) {
        this.policies = policies;
    }

    @POST
    @Authenticated
    @Operation(summary = "Which stages a request with these facts would go through under the current policy, and why")
    public RoutePreview preview(@Valid @NotNull RoutePreviewRequest body) {
        RequestFacts facts = body.facts();
        List<StagePreview> stages = policies.preview(facts).stream()
                .map(routing -> StagePreview.of(routing, facts.priority())).toList();
        return new RoutePreview(policies.current().version(),
                policies.routingContext().conflictZones().stream().sorted().toList(), facts.total(), stages);
    }
}
