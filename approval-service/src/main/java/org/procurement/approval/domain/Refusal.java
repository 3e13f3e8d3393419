package org.procurement.approval.domain;

import org.procurement.support.domain.RuleViolation;

/** Why a person may not decide a stage right now; the same reasons hide the stage from their inbox. */
public record Refusal(RuleViolation.Kind kind, String slug, String title, String detail) {

    static Refusal forbidden(String slug, String title, String detail) {
        return new Refusal(RuleViolation.Kind.NOT_PERMITTED, slug, title, detail);
    }

    static Refusal conflict(String slug, String title, String detail) {
        return new Refusal(RuleViolation.Kind.CONFLICT, slug, title, detail);
    }

    public RuleViolation toException() {
        return new RuleViolation(kind, slug, title, detail);
    }
}
