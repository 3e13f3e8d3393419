package org.procurement.approval.domain;

import org.procurement.support.problem.ProblemException;

/** Why a person may not decide a stage right now; the same reasons hide the stage from their inbox. */
public record Refusal(int status, String slug, String title, String detail) {

    static Refusal forbidden(String slug, String title, String detail) {
        return new Refusal(403, slug, title, detail);
    }

    static Refusal conflict(String slug, String title, String detail) {
        return new Refusal(409, slug, title, detail);
    }

    public ProblemException toProblem() {
        return new ProblemException(status, slug, title, detail);
    }
}
