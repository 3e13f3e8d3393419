package org.procurement.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.procurement.testing.fuzz.FuzzInput.Kind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes fuzz inputs for one operation from its schema: a valid request (the setup's body or the document's example,
 * valid path values) with one thing broken. The first inputs cover each body-wide fault once (oversized, wrong
 * content type, deep nesting, malformed JSON); the rest pick a fault at random, from a generator seeded per
 * operation so that a failure can be replayed.
 */
final class InputGenerator {

    /** Above quarkus.http.limits.max-body-size (1M in every service). */
    static final int OVERSIZED = 1024 * 1024 + 4096;
    private static final int DEEP = 5000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final ApiOperation operation;
    private final OperationSetup setup;
    private final Random random;

    InputGenerator(JsonNode document, ApiOperation operation, OperationSetup setup, long seed) {
        this.document = document;
        this.operation = operation;
        this.setup = setup;
        this.random = new Random(seed);
    }

    /** A field of the body: where it is, its schema and whether the schema requires it. */
    record Field(List<Object> path, JsonNode schema, boolean required, boolean present) {
        String name() {
            StringBuilder out = new StringBuilder();
            for (Object part : path) {
                if (part instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(part);
                }
            }
            return out.toString();
        }

        String type() {
            return Schemas.type(schema);
        }
    }

    FuzzInput next(int index) {
        if (index == 0) {
            return base(Kind.VALID, "the valid request itself").build();
        }
        if (operation.hasBody() && index <= 10) {
            return bodyWide(index);
        }
        List<Supplier<FuzzInput>> choices = new ArrayList<>();
        JsonNode body = operation.hasBody() ? validBody() : null;
        List<Field> fields = body == null ? List.of() : fieldsOf(body);
        if (!fields.isEmpty()) {
            for (int weight = 0; weight < 6; weight++) {
                choices.add(() -> fieldFault(body, fields));
            }
        }
        if (!operation.parameters("path").isEmpty()) {
            choices.add(this::pathFault);
            choices.add(this::pathFault);
        }
        if (!operation.parameters("query").isEmpty()) {
            choices.add(this::queryFault);
            choices.add(this::queryFault);
        }
        if (!operation.parameters("header").isEmpty()) {
            choices.add(this::headerFault);
        }
        choices.add(this::unknownQueryParameter);
        return choices.get(random.nextInt(choices.size())).get();
    }

    private FuzzInput bodyWide(int index) {
        JsonNode body = validBody();
        return switch (index) {
            case 1 -> {
                // A valid document whose free text alone exceeds the limit: the service must answer 413, not read it.
                ObjectNode padded = body.isObject() ? ((ObjectNode) body.deepCopy()) : NODES.objectNode();
                padded.put("padding", "p".repeat(OVERSIZED));
                yield base(Kind.OVERSIZED_BODY, OVERSIZED + " characters").body(json(padded)).expect(413).build();
            }
            case 10 -> {
                // The same without Content-Length (chunked), so the limit must hold while the body is read.
                ObjectNode padded = body.isObject() ? ((ObjectNode) body.deepCopy()) : NODES.objectNode();
                padded.put("padding", "p".repeat(OVERSIZED));
                Builder chunked = base(Kind.OVERSIZED_BODY, OVERSIZED + " characters, chunked").body(json(padded));
                chunked.chunked = true;
                yield chunked.expect(413).build();
            }
            case 2 -> base(Kind.CONTENT_TYPE, "text/plain").contentType("text/plain").body(json(body)).expect(415).build();
            case 3 -> base(Kind.CONTENT_TYPE, "application/xml").contentType("application/xml")
                    .body("<request><title>x</title></request>").expect(415).build();
            case 4 -> base(Kind.CONTENT_TYPE, "form").contentType("application/x-www-form-urlencoded")
                    .body("title=x&priority=URGENT").expect(415).build();
            case 5 -> base(Kind.DEEP_BODY, DEEP + " nested arrays").body("[".repeat(DEEP) + "]".repeat(DEEP))
                    .expect(400).build();
            case 6 -> base(Kind.DEEP_BODY, DEEP + " nested objects")
                    .body("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)).expect(400).build();
            case 7 -> base(Kind.MALFORMED_BODY, "truncated").body(truncate(json(body))).expect(400).build();
            case 8 -> base(Kind.MALFORMED_BODY, "invalid UTF-8").body(invalidUtf8()).expect(400).build();
            default -> {
                String[] malformed = {"", "null", "[]", "{", "{\"title\":}", "\"just a string\"", "{} trailing", "{\"a\":1,}"};
                String chosen = malformed[random.nextInt(malformed.length)];
                yield base(Kind.MALFORMED_BODY, "'" + chosen + "'").body(chosen).build();
            }
        };
    }

    private FuzzInput fieldFault(JsonNode body, List<Field> fields) {
        Field field = fields.get(random.nextInt(fields.size()));
        String type = field.type();
        String format = field.schema().path("format").asText("");
        boolean isEnum = field.schema().has("enum");
        List<Kind> kinds = new ArrayList<>(List.of(Kind.WRONG_TYPE, Kind.MISSING_FIELD, Kind.NULL_FIELD));
        if ("string".equals(type) || type == null && field.present() && body.at(pointer(field)).isTextual()) {
            if (isEnum) {
                kinds.addAll(List.of(Kind.ENUM, Kind.ENUM, Kind.INJECTION));
            } else if (format.startsWith("date")) {
                kinds.addAll(List.of(Kind.DATE, Kind.DATE, Kind.DATE));
            } else if (format.equals("uuid")) {
                kinds.addAll(List.of(Kind.UUID, Kind.UUID, Kind.UUID));
            } else {
                kinds.addAll(List.of(Kind.INJECTION, Kind.INJECTION, Kind.INJECTION, Kind.UNICODE, Kind.UNICODE,
                        Kind.UNICODE, Kind.TOO_LONG, Kind.TOO_LONG));
            }
        } else if ("integer".equals(type) || "number".equals(type)) {
            kinds.addAll(List.of(Kind.NUMBER, Kind.NUMBER, Kind.NUMBER, Kind.NUMBER));
        } else if ("object".equals(type)) {
            kinds.addAll(List.of(Kind.EXTRA_FIELD, Kind.EXTRA_FIELD, Kind.DEEP_FIELD));
        } else if ("array".equals(type)) {
            kinds.addAll(List.of(Kind.EMPTY_ARRAY, Kind.LONG_ARRAY, Kind.DEEP_FIELD));
        }
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        String name = field.name();
        return switch (kind) {
            case MISSING_FIELD -> base(kind, field.required() ? "required" : "optional")
                    .body(json(without(body, field))).field(name, false).build();
            case NULL_FIELD -> base(kind, "null").body(json(with(body, field, NODES.nullNode()))).field(name, false).build();
            case WRONG_TYPE -> {
                JsonNode wrong = wrongTypeFor(type);
                yield base(kind, wrong.getNodeType() + " " + abbreviate(wrong.toString()))
                        .body(json(with(body, field, wrong))).field(name, false).build();
            }
            case INJECTION, UNICODE -> {
                List<String> pool = kind == Kind.INJECTION ? BadValues.INJECTIONS : BadValues.UNICODE;
                String value = pool.get(random.nextInt(pool.size()));
                int max = field.schema().path("maxLength").asInt(Integer.MAX_VALUE);
                if (value.length() > max) {
                    value = value.substring(0, max);
                }
                yield base(kind, abbreviate(value)).body(json(with(body, field, NODES.textNode(value))))
                        .field(name, false).verbatim(value).build();
            }
            case TOO_LONG -> {
                JsonNode maxLength = field.schema().get("maxLength");
                if (maxLength != null) {
                    String unit = random.nextBoolean() ? "x" : "ж";
                    String value = BadValues.ofLength(unit, maxLength.asInt() + 1);
                    yield base(kind, "maxLength " + maxLength.asInt() + " + 1").body(json(with(body, field,
                            NODES.textNode(value)))).field(name, true).expect(400).build();
                }
                int length = random.nextBoolean() ? 5000 : 70_000;
                String value = BadValues.ofLength("Long text ", length);
                yield base(kind, length + " characters, no maxLength documented")
                        .body(json(with(body, field, NODES.textNode(value)))).field(name, false).verbatim(value).build();
            }
            case NUMBER -> {
                String value = BadValues.NUMBERS.get(random.nextInt(BadValues.NUMBERS.size()));
                yield base(kind, value).body(json(body, field, value)).field(name, false).build();
            }
            case DATE -> pick(kind, body, field, BadValues.DATES);
            case UUID -> pick(kind, body, field, BadValues.UUIDS);
            case ENUM -> {
                List<String> pool = new ArrayList<>(BadValues.ENUMS);
                field.schema().path("enum").forEach(value -> pool.add(value.asText().toLowerCase()));
                yield pick(kind, body, field, pool);
            }
            case EXTRA_FIELD -> {
                JsonNode target = body.at(pointer(field));
                if (!target.isObject()) {
                    yield base(Kind.NULL_FIELD, "null").body(json(with(body, field, NODES.nullNode())))
                            .field(name, false).build();
                }
                ObjectNode extended = ((ObjectNode) target).deepCopy();
                extended.put("unexpectedField", "x");
                String extra = name.isEmpty() ? "unexpectedField" : name + ".unexpectedField";
                yield base(kind, extra).body(json(with(body, field, extended))).field(extra, true).expect(400).build();
            }
            case EMPTY_ARRAY -> base(kind, "[]").body(json(with(body, field, NODES.arrayNode()))).field(name, false)
                    .build();
            case LONG_ARRAY -> {
                JsonNode target = body.at(pointer(field));
                ArrayNode many = NODES.arrayNode();
                JsonNode element = target.isArray() && !target.isEmpty() ? target.get(0) : NODES.textNode("x");
                int count = random.nextBoolean() ? 101 : 2000;
                for (int i = 0; i < count; i++) {
                    many.add(element.deepCopy());
                }
                yield base(kind, count + " elements").body(json(with(body, field, many))).field(name, false).build();
            }
            case DEEP_FIELD -> base(kind, DEEP + " nested arrays")
                    .body(json(body, field, "[".repeat(DEEP) + "]".repeat(DEEP))).expect(400).build();
            default -> throw new IllegalStateException(kind.toString());
        };
    }

    private FuzzInput pick(Kind kind, JsonNode body, Field field, List<String> pool) {
        String value = pool.get(random.nextInt(pool.size()));
        return base(kind, "'" + value + "'").body(json(with(body, field, NODES.textNode(value)))).field(field.name(), false)
                .build();
    }

    private FuzzInput pathFault() {
        List<ApiOperation.Parameter> parameters = operation.parameters("path");
        ApiOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        String value = badParameterValue(parameter);
        Builder builder = base(Kind.PATH_PARAMETER, parameter.name() + "='" + abbreviate(value) + "'");
        builder.path = expand(Map.of(parameter.name(), value));
        builder.field = parameter.name();
        JsonNode body = operation.hasBody() ? validBody() : null;
        return (body == null ? builder : builder.body(json(body))).build();
    }

    private FuzzInput queryFault() {
        List<ApiOperation.Parameter> parameters = operation.parameters("query");
        ApiOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        String value = badParameterValue(parameter);
        String query = encode(parameter.name()) + "=" + encode(value);
        if (random.nextInt(4) == 0) {
            query = query + "&" + encode(parameter.name()) + "=" + encode(badParameterValue(parameter));
        }
        Builder builder = base(Kind.QUERY_PARAMETER, parameter.name() + "='" + abbreviate(value) + "'");
        builder.query = query;
        builder.field = parameter.name();
        return withValidBody(builder).build();
    }

    private FuzzInput unknownQueryParameter() {
        Builder builder = base(Kind.UNKNOWN_QUERY_PARAMETER, "unknown parameter");
        String value = BadValues.INJECTIONS.get(random.nextInt(BadValues.INJECTIONS.size()));
        builder.query = "zzUnknown=" + encode(value);
        return withValidBody(builder).build();
    }

    private FuzzInput headerFault() {
        List<ApiOperation.Parameter> parameters = operation.parameters("header");
        ApiOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        String value = BadValues.HEADERS.get(random.nextInt(BadValues.HEADERS.size()));
        Builder builder = base(Kind.HEADER, parameter.name() + "='" + abbreviate(value) + "'");
        builder.headers.put(parameter.name(), value);
        builder.field = parameter.name();
        return withValidBody(builder).build();
    }

    private Builder withValidBody(Builder builder) {
        return operation.hasBody() ? builder.body(json(validBody())) : builder;
    }

    /** A bad value for a parameter; path values stay below the server's URI length limit (4096). */
    private String badParameterValue(ApiOperation.Parameter parameter) {
        String format = parameter.schema().path("format").asText("");
        List<String> pool = new ArrayList<>();
        pool.addAll(BadValues.INJECTIONS);
        pool.addAll(BadValues.UNICODE);
        pool.addAll(BadValues.NUMBERS);
        pool.addAll(List.of("", " ", "x".repeat(1500), "true", "null", "%00", "..", "a/b", "%2e%2e%2f"));
        if (format.startsWith("date") || parameter.name().toLowerCase().contains("from")
                || parameter.name().toLowerCase().contains("to")) {
            pool.addAll(BadValues.DATES);
            pool.addAll(BadValues.DATES);
        }
        if (format.equals("uuid") || parameter.name().toLowerCase().endsWith("id")
                || parameter.name().toLowerCase().endsWith("ids")) {
            pool.addAll(BadValues.UUIDS);
            pool.addAll(BadValues.UUIDS);
        }
        if (parameter.schema().has("enum")) {
            pool.addAll(BadValues.ENUMS);
        }
        return pool.get(random.nextInt(pool.size()));
    }

    private Builder base(Kind kind, String detail) {
        Builder builder = new Builder(kind, detail);
        builder.path = expand(Map.of());
        for (Map.Entry<String, Supplier<String>> header : setup.headers().entrySet()) {
            String value = header.getValue().get();
            if (value != null) {
                builder.headers.put(header.getKey(), value);
            }
        }
        if (operation.hasBody()) {
            builder.contentType = operation.bodyMediaType();
            builder.body = json(validBody()).getBytes(StandardCharsets.UTF_8);
        }
        return builder;
    }

    private String expand(Map<String, String> overrides) {
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.parameters("path")) {
            String value = overrides.containsKey(parameter.name()) ? overrides.get(parameter.name())
                    : setup.pathValues().getOrDefault(parameter.name(), () -> "unknown").get();
            path = path.replace("{" + parameter.name() + "}", encode(value).replace("+", "%20"));
        }
        return path;
    }

    JsonNode validBody() {
        if (setup.body() != null) {
            return Schemas.parse(setup.body().get());
        }
        return operation.bodyExample() == null ? NODES.objectNode() : operation.bodyExample().deepCopy();
    }

    /** Every field of the body and of its nested objects (first element of arrays), plus documented absent ones. */
    List<Field> fieldsOf(JsonNode body) {
        List<Field> fields = new ArrayList<>();
        walk(body, operation.bodySchema(), new ArrayList<>(), false, fields, 0);
        return fields;
    }

    private void walk(JsonNode value, JsonNode schema, List<Object> path, boolean required, List<Field> out, int depth) {
        JsonNode resolved = schema == null ? NODES.objectNode() : Schemas.resolve(document, schema);
        if (!path.isEmpty()) {
            out.add(new Field(List.copyOf(path), resolved, required, value != null && !value.isNull()));
        }
        if (value == null || depth > 6) {
            return;
        }
        if (value.isObject()) {
            Set<String> requiredNames = new java.util.HashSet<>();
            resolved.path("required").forEach(name -> requiredNames.add(name.asText()));
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            resolved.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
            value.fieldNames().forEachRemaining(name -> properties.putIfAbsent(name, null));
            for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
                path.add(property.getKey());
                walk(value.get(property.getKey()), property.getValue(), path, requiredNames.contains(property.getKey()),
                        out, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (value.isArray() && !value.isEmpty()) {
            path.add(0);
            walk(value.get(0), resolved.get("items"), path, false, out, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    private static String pointer(Field field) {
        StringBuilder out = new StringBuilder();
        for (Object part : field.path()) {
            out.append('/').append(part.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static JsonNode with(JsonNode body, Field field, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = parentOf(copy, field);
        Object last = field.path().get(field.path().size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, value);
        }
        return copy;
    }

    private static JsonNode without(JsonNode body, Field field) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = parentOf(copy, field);
        Object last = field.path().get(field.path().size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.remove((int) index);
        }
        return copy;
    }

    private static JsonNode parentOf(JsonNode root, Field field) {
        JsonNode node = root;
        for (Object part : field.path().subList(0, field.path().size() - 1)) {
            node = part instanceof Integer index ? node.path(index) : node.path((String) part);
        }
        return node;
    }

    /** The body with the field's value replaced by raw JSON text (numbers Jackson's tree would normalise). */
    private static String json(JsonNode body, Field field, String rawValue) {
        String marker = "\"fuzz-marker-" + Integer.toHexString(rawValue.hashCode()) + "\"";
        return json(with(body, field, NODES.textNode(marker.substring(1, marker.length() - 1))))
                .replace(marker, rawValue);
    }

    private JsonNode wrongTypeFor(String type) {
        List<JsonNode> candidates = new ArrayList<>(List.of(NODES.textNode("not the right type"), NODES.numberNode(42),
                NODES.booleanNode(true), NODES.objectNode().put("nested", 1), NODES.arrayNode().add(1).add("two")));
        candidates.removeIf(candidate -> switch (type == null ? "" : type) {
            case "string" -> candidate.isTextual();
            case "integer", "number" -> candidate.isNumber();
            case "boolean" -> candidate.isBoolean();
            case "object" -> candidate.isObject();
            case "array" -> candidate.isArray();
            default -> false;
        });
        return candidates.get(random.nextInt(candidates.size()));
    }

    static String json(JsonNode node) {
        try {
            return Schemas.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String json) {
        return json.length() < 2 ? "{" : json.substring(0, json.length() / 2);
    }

    private static byte[] invalidUtf8() {
        byte[] prefix = "{\"title\": \"bad ".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + 5];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = (byte) 0xC3;
        out[prefix.length + 1] = (byte) 0x28;
        out[prefix.length + 2] = (byte) 0xFF;
        out[prefix.length + 3] = '"';
        out[prefix.length + 4] = '}';
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…(" + value.length() + ")" : printable;
    }

    private final class Builder {
        final Kind kind;
        final String detail;
        String path;
        String query = "";
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        String field;
        Integer expected;
        boolean fieldMustBeNamed;
        String verbatim;
        boolean chunked;

        Builder(Kind kind, String detail) {
            this.kind = kind;
            this.detail = detail;
        }

        Builder body(String text) {
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Builder body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        Builder contentType(String type) {
            this.contentType = type;
            return this;
        }

        Builder expect(int status) {
            this.expected = status;
            return this;
        }

        Builder field(String name, boolean mustBeNamed) {
            this.field = name;
            this.fieldMustBeNamed = mustBeNamed;
            return this;
        }

        Builder verbatim(String value) {
            this.verbatim = value;
            return this;
        }

        FuzzInput build() {
            return new FuzzInput(kind, detail, operation.method(), path, query, Map.copyOf(headers), contentType, body,
                    field, expected, fieldMustBeNamed, verbatim, chunked);
        }
    }
}
