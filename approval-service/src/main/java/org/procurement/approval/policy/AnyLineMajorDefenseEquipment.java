package org.procurement.approval.policy;

import java.util.List;
import java.util.stream.IntStream;

/** At least one requested line is major defence equipment. */
public record AnyLineMajorDefenseEquipment() implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        return IntStream.range(0, facts.lines().size())
                .filter(i -> facts.lines().get(i).majorDefenseEquipment())
                .mapToObj(i -> new Evaluation(true, facts.lines().get(i).label(i) + " is major defence equipment"))
                .findFirst()
                .orElse(new Evaluation(false, "no line is major defence equipment"));
    }

    @Override
    public List<PolicyViolation> check(String path) {
        return List.of();
    }
}
