package org.procurement.approval.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A policy document: an ordered list of stages. Published versions are immutable. */
@Schema(description = "A policy document: which stages a request goes through, who decides them, how many people "
        + "must approve, when each applies and how long it may take. At least one stage has no condition.")
public record Policy(@Schema(description = "For people, 1 to 200 characters.", example = "Default export policy")
                     String name,
                     @Schema(description = "The stages, at least one.") List<StageDefinition> stages) {

    /** Every stage with whether it applies to these facts and why, in the order the stages run. */
    public List<StageRouting> route(RequestFacts facts, RoutingContext context) {
        return stages.stream()
                .sorted(Comparator.comparingInt(StageDefinition::order))
                .map(stage -> stage.route(facts, context))
                .toList();
    }

    /** Everything wrong with this document; a policy is published only when this is empty. */
    public List<PolicyViolation> check() {
        List<PolicyViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            violations.add(new PolicyViolation("name", "must be 1 to 200 characters"));
        }
        if (stages == null || stages.isEmpty()) {
            violations.add(new PolicyViolation("stages", "must list at least one stage"));
            return violations;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            StageDefinition stage = stages.get(i);
            if (stage == null) {
                violations.add(new PolicyViolation("stages[" + i + "]", "must not be null"));
                continue;
            }
            violations.addAll(stage.check("stages[" + i + "]"));
            if (stage.key() != null && !keys.add(stage.key())) {
                violations.add(new PolicyViolation("stages[" + i + "].key", "repeats the key " + stage.key()));
            }
        }
        // Without an unconditional stage some request could route through no stage at all and be approved by nobody.
        if (stages.stream().noneMatch(s -> s != null && s.condition() == null)) {
            violations.add(new PolicyViolation("stages", "must contain at least one stage without a condition"));
        }
        return violations;
    }
}
