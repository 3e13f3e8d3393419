package org.procurement.approval.policy;

import java.util.List;

/** The destination country is in the configured conflict-zone list. */
public record DestinationInConflictZone() implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        boolean holds = context.inConflictZone(facts.destinationCountry());
        return new Evaluation(holds, "the destination " + facts.destinationCountry() + (holds ? " is" : " is not")
                + " in the conflict-zone list " + context.describeZones());
    }

    @Override
    public List<PolicyViolation> check(String path) {
        return List.of();
    }
}
