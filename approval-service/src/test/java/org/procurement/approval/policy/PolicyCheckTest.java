package org.procurement.approval.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCheckTest {

    static final Map<Priority, String> DUE = Map.of(Priority.ROUTINE, "P10D", Priority.URGENT, "P5D", Priority.EMERGENCY, "P2D");

    @Test
    void aPolicyWithOnlyConditionalStagesIsRefused() {
        Policy policy = new Policy("Only sometimes", List.of(
                new StageDefinition("board", "Board", null, "policy-board", 2, 1, new AnyLineLethal(), DUE)));

        assertEquals(List.of(new PolicyViolation("stages", "must contain at least one stage without a condition")), policy.check());
    }

    @Test
    void repeatedKeysUnknownRolesAndBadDurationsAreNamed() {
        Policy policy = new Policy("Messy", List.of(
                new StageDefinition("review", "Review", null, "reviewer", 1, 1, null, DUE),
                new StageDefinition("review", "Again", null, "janitor", 21, 0, null,
                        Map.of(Priority.ROUTINE, "tomorrow", Priority.URGENT, "PT0S", Priority.EMERGENCY, "P1D"))));

        List<String> fields = policy.check().stream().map(PolicyViolation::field).toList();

        assertEquals(List.of("stages[1].role", "stages[1].quorum", "stages[1].order", "stages[1].due.ROUTINE",
                "stages[1].due.URGENT", "stages[1].key"), fields);
    }

    @Test
    void aPolicyNeedsANameAndStages() {
        List<PolicyViolation> violations = new Policy(" ", List.of()).check();

        assertTrue(violations.contains(new PolicyViolation("name", "must be 1 to 200 characters")));
        assertTrue(violations.contains(new PolicyViolation("stages", "must list at least one stage")));
    }
}
