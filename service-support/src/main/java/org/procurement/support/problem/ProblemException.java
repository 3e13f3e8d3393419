package org.procurement.support.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by any layer to answer with a problem document. The kind ({@code slug}) becomes the problem's
 * {@code type}; extensions carry machine-readable facts such as the current status of a request.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-failed", "Validation failed",
                "The input is not valid: " + field + " " + message + ".", List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
