package org.procurement.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.procurement.support.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * Documents every error response as what it really is, an RFC 9457 problem document, and names the ones that
 * the shared filters and mappers can give any operation, so that resources only annotate the errors particular
 * to them: 401 and 403 for secured operations (a missing role, or another organisation's data), 400 (a parameter
 * or body refused), 413 and 415 for operations that take a body, 414 (an over-long URI) and 503 (the database or the identity provider
 * unreachable). The response-contract test holds every answer of every test to this list.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> document(operation)));
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean takesBody = operation.getRequestBody() != null;
        boolean takesInput = takesBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (secured) {
            addIfMissing(operation, "401", "No valid bearer token: sign in (Authorize) and try again.");
            addIfMissing(operation, "403", "Your roles do not allow this operation.");
        }
        if (takesInput) {
            addIfMissing(operation, "400", "The input is not valid (the problem names the field or parameter).");
        }
        if (takesBody) {
            addIfMissing(operation, "413", "The body is larger than this service accepts.");
            addIfMissing(operation, "415", "The body is not in a media type this operation accepts.");
        }
        addIfMissing(operation, "414", "The request target is longer than this service accepts.");
        addIfMissing(operation, "503", "The database or the identity provider cannot be reached; retry later "
                + "(Retry-After says when).");
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if ("403".equals(code) && (response.getDescription() == null || response.getDescription().isBlank()
                        || response.getDescription().equals("Not Allowed"))) {
                    response.setDescription("Your roles do not allow this operation.");
                }
                if ("401".equals(code) && "Not Authorized".equals(response.getDescription())) {
                    response.setDescription("No valid bearer token: sign in (Authorize) and try again.");
                }
                if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
                    response.setContent(problemContent());
                }
            }
        });
    }

    private static void addIfMissing(Operation operation, String code, String description) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The shape of {@link Problem}, for services whose annotations never name it. */
    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("The field or parameter at fault.", "unitPrice.amount"))
                .addProperty("message", string("Why it was refused.", "must not be negative"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, served as application/problem+json.")
                .addProperty("type", string("URI identifying the kind of problem.", Problem.TYPE_BASE + "validation-failed"))
                .addProperty("title", string("Short summary of the kind of problem.", "Validation failed"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status code.").example(400))
                .addProperty("detail", string("What went wrong, for a person to act on.", "The input is not valid."))
                .addProperty("instance", string("The path of the request that failed.", "/catalog/items"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("For validation problems: each field at fault and why.").items(violation));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).example(example);
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
