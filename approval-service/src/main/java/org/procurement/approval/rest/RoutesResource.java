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
import org.procurement.approval.policy.Aggregation;
import org.procurement.approval.policy.RequestFacts;
import org.procurement.approval.service.Aggregations;
import org.procurement.approval.service.PolicyService;
import org.procurement.support.security.Caller;

import java.util.List;

@Path("/routes/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutesResource {

    private final PolicyService policies;
    private final Aggregations aggregations;
    private final Caller caller;

    public RoutesResource(PolicyService policies, Aggregations aggregations, Caller caller) {
        this.policies = policies;
        this.aggregations = aggregations;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Tag(name = "Route preview", description = "Before submitting: which offices would have to sign off, and why.")
    @Operation(operationId = "previewRoute",
            summary = "Which stages a request with these facts would go through under the current policy, and why",
            description = "Any signed-in user. Changes nothing: no case is opened and nothing is recorded. Give the "
                    + "facts routing looks at (priority, destination, and per line whether it is lethal or major "
                    + "defence equipment, with `lineTotal` or `unitPrice` × `quantity`); without `total`, the line "
                    + "values are summed. The answer lists every stage of the current policy with `applies`, the reason "
                    + "in words and how long it would be given, plus the destinations counted as conflict zones. "
                    + "`totalAtLeast` compares the aggregated total (`aggregatedTotal`): the total plus the lines of the "
                    + "organisation's live requests for the same `itemId`s opened within APPROVAL_AGGREGATION_WINDOW "
                    + "(`countedRequests`). The organisation is your own unless you name one in `organisation`: a "
                    + "requesting ministry may name only its own, the deciding roles and auditors any.")
    @APIResponse(responseCode = "200", description = "Every stage of the current policy, in the order they would run.")
    @APIResponse(responseCode = "400", description = "Problem `validation-failed`: a fact is missing or invalid, for "
            + "example `destinationCountry` not an ISO 3166 alpha-2 code, no lines, or a line without `lethal` "
            + "(each field named in `violations`).")
    @APIResponse(responseCode = "403", description = "Problem `other-organisation`: you named another organisation's "
            + "requests, which only the deciding roles and auditors may count.")
    public RoutePreview preview(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = RoutePreviewRequest.class),
                                        examples = {
                                                @ExampleObject(name = "Lethal artillery and air defence for UA (policy board)",
                                                        value = Examples.ROUTE_PREVIEW_LETHAL_TO_UA),
                                                @ExampleObject(name = "Radars and trucks for PL (no policy board)",
                                                        value = Examples.ROUTE_PREVIEW_NON_LETHAL_TO_PL)}))
                                @Valid @NotNull RoutePreviewRequest body) {
        String organisation = aggregations.previewOrganisation(Actors.of(caller), body.organisation());
        RequestFacts given = body.facts();
        Aggregation counted = aggregations.of(organisation, null, given.total(), body.itemLines());
        RequestFacts facts = given.withAggregation(counted);
        List<StagePreview> stages = policies.preview(facts).stream()
                .map(routing -> StagePreview.of(routing, facts.priority())).toList();
        return new RoutePreview(policies.current().version(),
                policies.routingContext().conflictZones().stream().sorted().toList(), facts.total(), counted.total(),
                counted.counted(), stages);
    }
}
