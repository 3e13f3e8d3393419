package org.procurement.request.service;

import org.procurement.support.security.Caller;

import java.util.List;

/** Realm roles this service knows about. */
public final class Roles {

    public static final String REQUESTER = "requester";
    public static final String REVIEWER = "reviewer";
    public static final String EXPORT_CONTROL = "export-control";
    public static final String POLICY_BOARD = "policy-board";
    public static final String AUTHORIZER = "authorizer";
    public static final String AUDITOR = "auditor";
    /** Service accounts of the other services (internal endpoints only). */
    public static final String SERVICE = "service";

    /** Roles that see submitted requests of every organisation, and never drafts. */
    public static final List<String> APPROVERS = List.of(REVIEWER, EXPORT_CONTROL, POLICY_BOARD, AUTHORIZER, AUDITOR);

    private Roles() {
    }

    public static boolean isApprover(Caller caller) {
        return APPROVERS.stream().anyMatch(caller::hasRole);
    }
}
