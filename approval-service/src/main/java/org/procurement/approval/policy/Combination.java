package org.procurement.approval.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What all/any share: checking their parts and joining the parts' explanations. */
final class Combination {

    private Combination() {
    }

    static List<PolicyViolation> check(String path, List<Condition> parts) {
        if (parts == null || parts.isEmpty()) {
            return List.of(new PolicyViolation(path + ".of", "must list at least one condition"));
        }
        List<PolicyViolation> violations = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String at = path + ".of[" + i + "]";
            if (parts.get(i) == null) {
                violations.add(new PolicyViolation(at, "must not be null"));
            } else {
                violations.addAll(parts.get(i).check(at));
            }
        }
        return violations;
    }

    /** Nested combinations are parenthesised so that the sentence keeps the structure of the condition. */
    static String join(List<Evaluation> evaluations, String conjunction) {
        if (evaluations.size() == 1) {
            return evaluations.get(0).because();
        }
        return evaluations.stream()
                .map(e -> e.because().contains(" and ") || e.because().contains(" or ") ? "(" + e.because() + ")" : e.because())
                .collect(Collectors.joining(conjunction));
    }
}
