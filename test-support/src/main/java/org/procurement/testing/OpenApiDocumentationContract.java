package org.procurement.testing;

import io.restassured.http.ContentType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document is the manual ministry staff read in Swagger UI: it must be valid OpenAPI 3, and every
 * operation must say what it does, who may call it, what each parameter means, what errors it answers (as
 * problem documents) and show an example of what it takes. A service's test extends this; a new endpoint
 * without documentation fails the build.
 */
public abstract class OpenApiDocumentationContract {

    private static final List<String> ROLE_WORDS = List.of("role", "any signed-in user", "anyone", "public");

    protected OpenAPI document() {
        String json = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "The OpenAPI document is not valid OpenAPI 3");
        return result.getOpenAPI();
    }

    @Test
    void documentIsValidOpenApi3WithTitleAndDescription() {
        OpenAPI openApi = document();
        assertTrue(openApi.getOpenapi().startsWith("3."), openApi.getOpenapi());
        assertTrue(notBlank(openApi.getInfo().getTitle()) && notBlank(openApi.getInfo().getDescription()));
    }

    @Test
    void everyOperationIsDocumentedForAPersonToActOn() {
        OpenAPI openApi = document();
        List<String> faults = new ArrayList<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                faults.addAll(faultsOf(openApi, method + " " + path, operation))));
        assertEquals(List.of(), faults, "Operations lacking documentation");
    }

    private List<String> faultsOf(OpenAPI openApi, String name, Operation operation) {
        List<String> faults = new ArrayList<>();
        if (!notBlank(operation.getSummary())) {
            faults.add(name + ": no summary");
        }
        String description = operation.getDescription();
        if (!notBlank(description)) {
            faults.add(name + ": no description");
        } else if (ROLE_WORDS.stream().noneMatch(word -> description.toLowerCase().contains(word))) {
            faults.add(name + ": description does not say who may call it (role)");
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            faults.add(name + ": no tag");
        }
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if (!notBlank(parameter.getDescription())) {
                faults.add(name + ": parameter '" + parameter.getName() + "' has no description");
            }
        }
        if (operation.getRequestBody() != null) {
            Content content = operation.getRequestBody().getContent();
            MediaType body = json(content);
            // A file upload is a multipart form: its schema names and describes the parts (there is no example).
            MediaType form = content == null ? null : content.get("multipart/form-data");
            if (body == null && form == null) {
                faults.add(name + ": request body is neither JSON nor a multipart form");
            } else if (body != null && !hasExample(openApi, body)) {
                faults.add(name + ": request body has no example");
            } else if (body == null && form.getSchema() == null) {
                faults.add(name + ": multipart form has no schema describing its parts");
            }
        }
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            faults.add(name + ": no success response documented");
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                || openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
        if (secured && !responses.containsKey("401")) {
            faults.add(name + ": secured but 401 not documented");
        }
        responses.forEach((code, response) -> {
            if (!notBlank(response.getDescription())) {
                faults.add(name + " " + code + ": response has no description");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || !response.getContent().containsKey("application/problem+json")) {
                    faults.add(name + " " + code + ": error is not documented as application/problem+json");
                }
            }
        });
        return faults;
    }

    private static MediaType json(Content content) {
        if (content == null) {
            return null;
        }
        return content.entrySet().stream().filter(entry -> entry.getKey().contains("json"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean hasExample(OpenAPI openApi, MediaType media) {
        if (media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty()) {
            return true;
        }
        Schema<?> schema = resolve(openApi, media.getSchema());
        return schema != null && schema.getExample() != null;
    }

    private static Schema<?> resolve(OpenAPI openApi, Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return openApi.getComponents().getSchemas().get(name);
        }
        return schema;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
