package org.procurement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties every answer to a fuzz input must have: never a 5xx; every 4xx a problem document whose status
 * matches, with type and title, naming the fields at fault when it is a validation problem (and naming the
 * mutated field where the input broke exactly one); the status an input of its kind calls for; and a string the
 * service accepted given back exactly as sent.
 */
final class Properties {

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
        if (input.field() != null && status == 400 && !fields.isEmpty()
                && (input.fieldMustBeNamed() || validation) && fields.stream().noneMatch(f -> names(f, input.field()))) {
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

    /** Where the answer (or the resource it created) carries the mutated field, the value must be the one sent. */
    static List<String> verbatimFaults(FuzzInput input, JsonNode answer, String where) {
        JsonNode value = answer;
        for (String part : input.field().split("\\.")) {
            int bracket = part.indexOf('[');
            value = value.path(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                value = value.path(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        if (value.isTextual() && !value.asText().equals(input.verbatim())) {
            return List.of(where + " gives " + input.field() + " as '" + InputGenerator.abbreviate(value.asText())
                    + "' instead of '" + InputGenerator.abbreviate(input.verbatim()) + "'");
        }
        return List.of();
    }

    static boolean carries(FuzzInput input, JsonNode answer) {
        JsonNode value = answer;
        for (String part : input.field().split("\\.")) {
            int bracket = part.indexOf('[');
            value = value.path(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                value = value.path(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return value.isTextual();
    }
}
