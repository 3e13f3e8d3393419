package org.procurement.approval.policy;

import java.util.List;

/** At least one listed condition holds. */
public record Any(List<Condition> of) implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        List<Evaluation> parts = of.stream().map(c -> c.evaluate(facts, context)).toList();
        List<Evaluation> holding = parts.stream().filter(Evaluation::holds).toList();
        if (!holding.isEmpty()) {
            return new Evaluation(true, Combination.join(holding, " or "));
        }
        return new Evaluation(false, Combination.join(parts, " and "));
    }

    @Override
    public List<PolicyViolation> check(String path) {
        return Combination.check(path, of);
    }
}
