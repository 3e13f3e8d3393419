package org.procurement.approval.policy;

import java.math.BigDecimal;
import java.util.List;

/** The request's total value is at least {@code amount} (in the catalogue's one currency). */
public record TotalAtLeast(BigDecimal amount) implements Condition {

    @Override
    public Evaluation evaluate(RequestFacts facts, RoutingContext context) {
        String total = facts.total().toPlainString() + " " + facts.currency();
        if (facts.total().compareTo(amount) >= 0) {
            return new Evaluation(true, "the total " + total + " is at least " + amount.toPlainString());
        }
        return new Evaluation(false, "the total " + total + " is below " + amount.toPlainString());
    }

    @Override
    public List<PolicyViolation> check(String path) {
        if (amount == null) {
            return List.of(new PolicyViolation(path + ".amount", "is required"));
        }
        return amount.signum() < 0 ? List.of(new PolicyViolation(path + ".amount", "must not be negative")) : List.of();
    }
}
