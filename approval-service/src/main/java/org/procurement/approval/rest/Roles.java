package org.procurement.approval.rest;

/** Realm roles, as named in deploy/keycloak/procurement-realm.json. */
final class Roles {

    static final String REQUESTER = "requester";
    static final String REVIEWER = "reviewer";
    static final String EXPORT_CONTROL = "export-control";
    static final String POLICY_BOARD = "policy-board";
    static final String AUTHORIZER = "authorizer";
    static final String AUDITOR = "auditor";
    static final String SERVICE = "service";

    private Roles() {
    }
}
