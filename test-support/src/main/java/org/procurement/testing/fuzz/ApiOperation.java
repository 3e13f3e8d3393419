package org.procurement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One operation of an OpenAPI document: its parameters and, when it takes one, its JSON body (plain JSON or a
 * {@code +json} type such as a merge patch), with the media type, schema and example.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, String bodyMediaType, JsonNode bodySchema,
                    JsonNode bodyExample, boolean bodyRequired) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    String key() {
        return method + " " + path;
    }

    boolean hasBody() {
        return bodySchema != null || bodyExample != null;
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** Every operation of the document, in document order. */
    static List<ApiOperation> allOf(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS").contains(method)) {
                    continue;
                }
                operations.add(of(document, method, path.getKey(), path.getValue(), entry.getValue()));
            }
        }
        return operations;
    }

    private static ApiOperation of(JsonNode document, String method, String path, JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode raw : source) {
                JsonNode parameter = Schemas.follow(document, raw);
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), Schemas.resolve(document, parameter.path("schema"))));
            }
        }
        JsonNode body = Schemas.follow(document, operation.path("requestBody"));
        String mediaType = null;
        JsonNode json = null;
        Iterator<Map.Entry<String, JsonNode>> contents = body.path("content").fields();
        while (contents.hasNext() && json == null) {
            Map.Entry<String, JsonNode> content = contents.next();
            if (content.getKey().equals("application/json") || content.getKey().endsWith("+json")) {
                mediaType = content.getKey();
                json = content.getValue();
            }
        }
        if (json == null) {
            return new ApiOperation(method, path, parameters, null, null, null, false);
        }
        JsonNode schema = Schemas.resolve(document, json.path("schema"));
        JsonNode example = json.get("example");
        if (example == null && json.has("examples")) {
            JsonNode first = Schemas.follow(document, json.path("examples").elements().next());
            example = first.get("value");
        }
        if (example == null) {
            example = schema.get("example");
        }
        if (example != null && example.isTextual() && !"string".equals(Schemas.type(schema))) {
            example = Schemas.parse(example.asText());
        }
        return new ApiOperation(method, path, parameters, mediaType, schema, example,
                body.path("required").asBoolean(false));
    }
}
