package org.procurement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * The properties every answer to a fuzz input must have: never a 5xx; every 4xx a problem document whose status
 * matches, with type and title, naming the fields at fault when it is a validation problem (and naming the
 * mutated field where the input broke exactly one); the status an input of its kind calls for; and a string the
 * service accepted given back exactly as sent.
 */
final class Properties {

    /**
     * Faults that rules across fields may answer for another field (a missing outcome makes conditions unexpected, a
     * changed line total makes the total wrong); the problem must still name fields, but not necessarily this one.
     */
    private static final Set<FuzzInput.Kind> CROSS_FIELD = EnumSet.of(FuzzInput.Kind.NUMBER,
            FuzzInput.Kind.MISSING_FIELD, FuzzInput.Kind.NULL_FIELD, FuzzInput.Kind.EMPTY_ARRAY,
            FuzzInput.Kind.LONG_ARRAY);

    private Properties() {
    }

    static List<String> violatedBy(FuzzInput input, FuzzResponse response) {
        List<String> faults = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            faults.add("answered " + status + ": " + InputGenerator.abbreviate(response.text()));
            return faults;
        }
        if (input.expectedStatus() != null && status != input.expectedStatus()) {
            faults.add("answered " + status + " instead of " + input.expectedStatus() + ": "
                    + InputGenerator.abbreviate(response.text()));
        }
        if (status >= 400) {
            faults.addAll(problemFaults(input, response));
        }
        return faults;
    }

    private static List<String> problemFaults(FuzzInput input, FuzzResponse response) {
        List<String> faults = new ArrayList<>();
        int status = response.status();
        if (!response.contentType().startsWith("application/problem+json")) {
            faults.add(status + " is not application/problem+json but '" + response.contentType() + "': "
                    + InputGenerator.abbreviate(response.text()));
            return faults;
        }
        JsonNode problem;
        try {
            problem = Schemas.parse(response.text());
        } catch (RuntimeException e) {
            faults.add(status + " problem document is not JSON: " + InputGenerator.abbreviate(response.text()));
            return faults;
        }
        if (problem.path("status").asInt() != status) {
            faults.add("problem status " + problem.path("status") + " differs from HTTP status " + status);
        }
        if (problem.path("type").asText("").isBlank() || problem.path("title").asText("").isBlank()) {
            faults.add(status + " problem has no type or title: " + InputGenerator.abbreviate(response.text()));
        }
        String type = problem.path("type").asText("");
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText("")));
        boolean validation = type.endsWith("/validation-failed") || type.endsWith("/invalid-parameter");
        if (validation && (fields.isEmpty() || fields.stream().anyMatch(String::isBlank))) {
            faults.add("validation problem names no field: " + InputGenerator.abbreviate(response.text()));
        }
        boolean local = input.fieldMustBeNamed() || validation && !CROSS_FIELD.contains(input.kind());
        if (input.field() != null && status == 400 && !fields.isEmpty() && local
                && fields.stream().noneMatch(f -> names(f, input.field()))) {
            faults.add("problem names " + fields + " but the fault is in " + input.field());
        }
        if (input.fieldMustBeNamed() && status == 400 && fields.isEmpty()) {
            faults.add("problem names no field; the fault is in " + input.field() + ": "
                    + InputGenerator.abbreviate(response.text()));
        }
        return faults;
    }

    /** Whether a violation's field is the mutated field, one of its parts or the object holding it. */
    static boolean names(String violation, String field) {
        String a = violation.toLowerCase();
        String b = field.toLowerCase();
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[") || a.equals("body") && !b.contains(".") && !b.contains("[");
    }

    /**
     * Where the answer (or the resource it created) carries fields of the mutated field's name (at the top or
     * nested, as a decision inside the case it updated), one of them must hold the value exactly as sent.
     */
    static List<String> verbatimFaults(FuzzInput input, JsonNode answer, String where) {
        List<String> values = valuesNamedLike(input, answer);
        if (!values.isEmpty() && !values.contains(input.verbatim())) {
            return List.of(where + " gives " + input.field() + " as " + values.stream().map(InputGenerator::abbreviate)
                    .toList() + " instead of '" + InputGenerator.abbreviate(input.verbatim()) + "'");
        }
        return List.of();
    }

    static boolean carries(FuzzInput input, JsonNode answer) {
        return !valuesNamedLike(input, answer).isEmpty();
    }

    private static List<String> valuesNamedLike(FuzzInput input, JsonNode answer) {
        String leaf = input.field().substring(input.field().lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return answer.findValues(leaf).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }
}
