package org.procurement.approval.domain;

import org.procurement.support.domain.RuleViolation;

/**
 * The words that go with a decision: a comment, the conditions of an approval, the reason for a refusal. The
 * requesting ministry reads the conditions and the reason, and the comment only when the decider marks it for them.
 */
public record DecisionText(String comment, String conditions, String reason, boolean commentForRequester) {

    public DecisionText(String comment, String conditions, String reason) {
        this(comment, conditions, reason, false);
    }

    static final int MAX_LENGTH = 4000;

    /** Conditions are what the outcome carries, reasons are what the requester must act on: neither may be missing. */
    void requireFor(DecisionOutcome outcome) {
        check("comment", comment);
        check("conditions", conditions);
        check("reason", reason);
        if (outcome == DecisionOutcome.APPROVE_WITH_CONDITIONS && isBlank(conditions)) {
            throw RuleViolation.invalid("conditions", "is required when approving with conditions");
        }
        if ((outcome == DecisionOutcome.REJECT || outcome == DecisionOutcome.RETURN_FOR_AMENDMENT) && isBlank(reason)) {
            throw RuleViolation.invalid("reason", "is required when the outcome is " + outcome);
        }
    }

    private static void check(String field, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw RuleViolation.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
