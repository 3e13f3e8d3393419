package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The request's value is at least {@code amount} (in the catalogue's one currency). The value is the aggregated
 * one: splitting a purchase into several smaller requests does not escape the threshold.
 */
public record TotalAtLeast(BigDecimal amount) implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        Aggregation value = facts.aggregation();
        String described = value.describe(facts.currency());
        if (value.total().compareTo(amount) >= 0) {
            return new Evaluation(true, described + " is at least " + amount.toPlainString());
        }
        return new Evaluation(false, described + " is below " + amount.toPlainString());
    }

    @Override
    public List<PolicyViolation> check(String path) {
        if (amount == null) {
            return List.of(new PolicyViolation(path + ".amount", "is required"));
        }
        return amount.signum() < 0 ? List.of(new PolicyViolation(path + ".amount", "must not be negative")) : List.of();
    }
}
