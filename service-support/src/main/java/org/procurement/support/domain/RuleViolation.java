package org.procurement.support.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain rule refused what was asked. The domain says which kind of refusal it is and why, in its own words;
 * it never names an HTTP status. service-support's ProblemMappers turn each kind into a problem document.
 */
public class RuleViolation extends RuntimeException {

    /** How the refusal reads to a caller. */
    public enum Kind {
        /** The input breaks a rule of its own (a required text missing, a value out of range). */
        INVALID,
        /** This person may not do this (separation of duties, a role the rule requires). */
        NOT_PERMITTED,
        /** What the action names does not exist. */
        NOT_FOUND,
        /** The thing is not in a state that allows this now. */
        CONFLICT,
        /** Well-formed, but not complete or not acceptable for this step (each fault named). */
        INCOMPLETE
    }

    /** One field at fault and why. */
    public record Fault(String field, String message) {
    }

    private final Kind kind;
    private final String slug;
    private final String title;
    private final List<Fault> faults;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public RuleViolation(Kind kind, String slug, String title, String detail, List<Fault> faults) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
        this.faults = List.copyOf(faults);
    }

    public RuleViolation(Kind kind, String slug, String title, String detail) {
        this(kind, slug, title, detail, List.of());
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, "validation-failed", "Validation failed",
                "The input is not valid: " + field + " " + message + ".", List.of(new Fault(field, message)));
    }

    public static RuleViolation notFound(String what, Object id) {
        return new RuleViolation(Kind.NOT_FOUND, "not-found", "Not found", what + " " + id + " does not exist.");
    }

    public static RuleViolation notPermitted(String slug, String title, String detail) {
        return new RuleViolation(Kind.NOT_PERMITTED, slug, title, detail);
    }

    public static RuleViolation conflict(String slug, String title, String detail) {
        return new RuleViolation(Kind.CONFLICT, slug, title, detail);
    }

    /** A machine-readable fact for the caller, such as the current status. */
    public RuleViolation with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Fault> faults() {
        return faults;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
