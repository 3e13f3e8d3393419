package org.procurement.testing.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One service's OpenAPI 3.1 document, read as a contract: which operation a request reaches, which statuses it
 * may answer, and whether a body matches the schema documented for that status and media type. Schemas are
 * checked with networknt's JSON Schema validator under the OpenAPI 3.1 dialect, formats asserted.
 */
public final class OpenApiContract {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT_ID = "https://contract.procurement.example/openapi.json";

    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One documented operation, with its path template turned into a pattern. */
    public record Operation(String method, String template, String id, JsonNode responses, Pattern pattern,
                            int literalSegments) {

        public String describe() {
            return method.toUpperCase() + " " + template + " (" + id + ")";
        }

        /** The documented response for a status, by exact code, then range ({@code 4XX}), then {@code default}. */
        public Optional<String> documentedKey(int status) {
            for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
                if (responses.has(key)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }

        public List<String> documentedStatuses() {
            List<String> keys = new ArrayList<>();
            responses.propertyNames().forEach(keys::add);
            return keys;
        }
    }

    private OpenApiContract(JsonNode document) {
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_ID, document.toString())));
        JsonNode paths = document.path("paths");
        for (String template : paths.propertyNames()) {
            JsonNode item = paths.get(template);
            for (String method : item.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = item.get(method);
                operations.add(new Operation(method, template, operation.path("operationId").asString(""),
                        operation.path("responses"), pattern(template), literalSegments(template)));
            }
        }
        // "/cases/preview" must win over "/cases/{id}": the template with more literal segments is tried first.
        operations.sort(Comparator.comparingInt(Operation::literalSegments).reversed());
    }

    public static OpenApiContract parse(String json) {
        return new OpenApiContract(JSON.readTree(json));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    public Optional<Operation> find(String method, String path) {
        String lower = method.toLowerCase();
        return operations.stream()
                .filter(operation -> operation.method().equals(lower) && operation.pattern().matcher(path).matches())
                .findFirst();
    }

    /**
     * What is wrong with one answer of {@code operation}, or an empty list when it keeps the contract: the status
     * must be documented; a body must come in a documented media type and match its schema.
     */
    public List<String> check(Operation operation, int status, String contentType, String body) {
        Optional<String> key = operation.documentedKey(status);
        if (key.isEmpty()) {
            return List.of("answered " + status + ", which the document does not list (it lists "
                    + String.join(", ", operation.documentedStatuses()) + ")");
        }
        JsonNode content = operation.responses().get(key.get()).path("content");
        if (body == null || body.isEmpty() || content.isMissingNode() || content.isEmpty()) {
            return List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            return List.of("answered " + status + " as '" + mediaType + "', but the document promises "
                    + String.join(", ", content.propertyNames()));
        }
        if (!mediaType.endsWith("json") || !content.get(documented).has("schema")) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return List.of("answered " + status + " with a body that is not JSON: " + abbreviate(body));
        }
        String pointer = "/paths/" + escape(operation.template()) + "/" + operation.method() + "/responses/"
                + escape(key.get()) + "/content/" + escape(documented) + "/schema";
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p)));
        List<Error> errors = schema.validate(instance, context -> context.executionConfig(
                config -> config.formatAssertionsEnabled(true)));
        List<String> problems = new ArrayList<>();
        for (Error error : errors) {
            problems.add("answered " + status + " with a body that breaks its schema at "
                    + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        Iterator<String> names = content.propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("*/*") || (name.endsWith("/*") && mediaType.startsWith(name.substring(0, name.length() - 1)))) {
                return name;
            }
        }
        return null;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }

    private static int literalSegments(String template) {
        int count = 0;
        for (String segment : template.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                count++;
            }
        }
        return count;
    }

    /** JSON Pointer escaping (RFC 6901), then percent-encoding of the characters a URI fragment may not hold. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
                .replace("+", "%2B");
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
