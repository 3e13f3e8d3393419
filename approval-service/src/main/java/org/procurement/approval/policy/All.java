package org.procurement.approval.policy;

import java.util.List;

/** Every listed condition holds. */
public record All(List<Condition> of) implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        List<Evaluation> parts = of.stream().map(c -> c.evaluate(facts, context)).toList();
        List<Evaluation> failing = parts.stream().filter(e -> !e.holds()).toList();
        if (failing.isEmpty()) {
            return new Evaluation(true, Combination.join(parts, " and "));
        }
        return new Evaluation(false, Combination.join(failing, " and "));
    }

    @Override
    public List<PolicyViolation> check(String path) {
        return Combination.check(path, of);
    }
}
