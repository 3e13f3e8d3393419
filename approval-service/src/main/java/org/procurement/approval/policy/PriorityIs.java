package org.procurement.approval.policy;

import java.util.List;

/** The request has the given priority. */
public record PriorityIs(Priority priority) implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        if (facts.priority() == priority) {
            return new Evaluation(true, "the priority is " + priority);
        }
        return new Evaluation(false, "the priority is " + facts.priority() + ", not " + priority);
    }

    @Override
    public List<PolicyViolation> check(String path) {
        return priority == null ? List.of(new PolicyViolation(path + ".priority", "is required")) : List.of();
    }
}
