package org.procurement.approval.policy;

import org.procurement.support.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage of a policy: who decides (role), how many distinct people must approve (quorum), when it runs
 * (stages with the same order run in parallel), when it applies (optional condition) and how long it may take
 * (ISO-8601 durations per priority, kept as written so a published policy reads back exactly).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One stage of a policy.")
public record StageDefinition(
        @Schema(description = "Unique in the policy: lower-case letters, digits and dashes, at most 60.",
                example = "policy-board")
        String key,
        @Schema(description = "For people, 1 to 200 characters.", example = "Policy board") String title,
        @Schema(description = "Optional, at most 1000 characters.",
                example = "Political sign-off for lethal equipment bound for a conflict zone, or for very large requests.")
        String description,
        @Schema(description = "The realm role whose holders decide the stage.",
                enumeration = {"reviewer", "export-control", "policy-board", "authorizer"}, example = "policy-board")
        String role,
        @Schema(description = "Distinct people who must approve, 1 to 20.", minimum = "1", maximum = "20", example = "2")
        int quorum,
        @Schema(description = "At least 1; stages with the same order run in parallel, lower orders first.",
                minimum = "1", example = "2")
        int order,
        @Schema(description = "When the stage applies; without one, it always applies.")
        Condition condition,
        @Schema(description = "ISO-8601 duration the stage may take, for each priority: ROUTINE, URGENT and EMERGENCY "
                + "(all three, each at least one minute).",
                example = "{\"ROUTINE\": \"P10D\", \"URGENT\": \"P5D\", \"EMERGENCY\": \"P2D\"}")
        Map<Priority, String> due) {

    /** The roles that decide stages; anything else in a policy is a mistake. */
    public static final Set<String> DECIDING_ROLES = Set.copyOf(Roles.DECIDERS);
    static final int MAX_QUORUM = 20;

    public StageRouting route(RequestFacts facts, RoutingContext context) {
        if (condition == null) {
            return new StageRouting(this, true, "always applies");
        }
        Evaluation evaluation = condition.evaluate(facts, context);
        return new StageRouting(this, evaluation.holds(),
                (evaluation.holds() ? "applies because " : "does not apply because ") + evaluation.because());
    }

    public Duration dueAfter(Priority priority) {
        return Duration.parse(due.get(priority));
    }

    List<PolicyViolation> check(String path) {
        List<PolicyViolation> violations = new ArrayList<>();
        if (key == null || !key.matches("[a-z][a-z0-9-]{0,59}")) {
            violations.add(new PolicyViolation(path + ".key", "must be lower-case letters, digits and dashes (at most 60)"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            violations.add(new PolicyViolation(path + ".title", "must be 1 to 200 characters"));
        }
        if (description != null && description.length() > 1000) {
            violations.add(new PolicyViolation(path + ".description", "must be at most 1000 characters"));
        }
        if (role == null || !DECIDING_ROLES.contains(role)) {
            violations.add(new PolicyViolation(path + ".role", "must be one of: " + String.join(", ", DECIDING_ROLES.stream().sorted().toList())));
        }
        if (quorum < 1 || quorum > MAX_QUORUM) {
            violations.add(new PolicyViolation(path + ".quorum", "must be between 1 and " + MAX_QUORUM));
        }
        if (order < 1) {
            violations.add(new PolicyViolation(path + ".order", "must be at least 1"));
        }
        if (condition != null) {
            violations.addAll(condition.check(path + ".condition"));
        }
        for (Priority priority : Priority.values()) {
            String value = due == null ? null : due.get(priority);
            String at = path + ".due." + priority;
            if (value == null) {
                violations.add(new PolicyViolation(at, "is required (an ISO-8601 duration such as P10D)"));
                continue;
            }
            try {
                if (Duration.parse(value).compareTo(Duration.ofMinutes(1)) < 0) {
                    violations.add(new PolicyViolation(at, "must be at least one minute"));
                }
            } catch (DateTimeParseException e) {
                violations.add(new PolicyViolation(at, "must be an ISO-8601 duration such as P10D or PT36H"));
            }
        }
        return violations;
    }
}
