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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Tag(name = "Route preview", description = "Before submitting: which offices would have to sign off, and why.")
    @Operation(summary = "Which stages a request with these facts would go through under the current policy, and why",
            description = "Any signed-in user. Changes nothing: no case is opened and nothing is recorded. Give the "
                    + "facts routing looks at (priority, destination, and per line whether it is lethal or major "
                    + "defence equipment, with `lineTotal` or `unitPrice` × `quantity`); without `total`, the line "
                    + "values are summed. The answer lists every stage of the current policy with `applies`, the reason "
                    + "in words and how long it would be given, plus the destinations counted as conflict zones.")
    @APIResponse(responseCode = "200", description = "Every stage of the current policy, in the order they would run.")
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a fact is missing or invalid, for "
            + "example `destinationCountry` not an ISO 3166 alpha-2 code, no lines, or a line without `lethal` "
            + "(each field named in `violations`).")
    public RoutePreview preview(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = RoutePreviewRequest.class),
                                        examples = {
                                                @ExampleObject(name = "Lethal artillery and air defence for UA (policy board)",
                                                        value = Examples.ROUTE_PREVIEW_LETHAL_TO_UA),
                                                @ExampleObject(name = "Radars and trucks for PL (no policy board)",
                                                        value = Examples.ROUTE_PREVIEW_NON_LETHAL_TO_PL)}))
                                @Valid @NotNull RoutePreviewRequest body) {
        RequestFacts facts = body.facts();
        List<StagePreview> stages = policies.preview(facts).stream()
                .map(routing -> StagePreview.of(routing, facts.priority())).toList();
        return new RoutePreview(policies.current().version(),
                policies.routingContext().conflictZones().stream().sorted().toList(), facts.total(), stages);
    }
}
