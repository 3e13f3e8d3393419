package org.procurement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** Just enough JSON Schema (as OpenAPI 3.0/3.1 documents use it) to know the fields of a body and their kinds. */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows a {@code $ref} to the component it names. */
    static JsonNode follow(JsonNode document, JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            JsonNode target = document;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node == null ? JsonNodeFactory.instance.objectNode() : node;
    }

    /** A schema with references followed and allOf/anyOf/oneOf members merged into one object schema. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode followed = follow(document, schema);
        boolean composed = followed.has("allOf") || followed.has("anyOf") || followed.has("oneOf");
        if (!composed && !(schema != null && schema.has("$ref") && schema.size() > 1)) {
            return followed;
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (schema != null) {
            copyOver(merged, schema);
        }
        copyOver(merged, followed);
        for (String key : new String[] {"allOf", "anyOf", "oneOf"}) {
            for (JsonNode member : followed.path(key)) {
                JsonNode resolved = resolve(document, member);
                if ("null".equals(type(resolved))) {
                    continue;
                }
                copyOver(merged, resolved);
                if (!key.equals("allOf")) {
                    break;
                }
            }
        }
        merged.remove(java.util.List.of("$ref", "allOf", "anyOf", "oneOf"));
        return merged;
    }

    private static void copyOver(ObjectNode into, JsonNode from) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("properties") && into.has("properties")) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) field.getValue().deepCopy());
            } else if (!into.has(field.getKey()) || !field.getKey().equals("description")) {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /** The schema's type; the first non-null one when it lists several (3.1); null when it says none. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode each : type) {
            if (!each.asText().equals("null")) {
                return each.asText();
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return null;
    }
}
