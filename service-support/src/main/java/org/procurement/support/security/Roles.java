package org.procurement.support.security;

import java.util.List;

/** The realm roles of deploy/keycloak/procurement-realm.json, as every service names them. */
public final class Roles {

    public static final String REQUESTER = "requester";
    /** A requester who may also withdraw colleagues' requests of the same ministry. */
    public static final String REQUEST_MANAGER = "request-manager";
    public static final String REVIEWER = "reviewer";
    public static final String EXPORT_CONTROL = "export-control";
    public static final String POLICY_BOARD = "policy-board";
    public static final String AUTHORIZER = "authorizer";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String AUDITOR = "auditor";
    /** Service accounts of the other services (internal endpoints only). */
    public static final String SERVICE = "service";

    /** The roles that decide stages of a case. */
    public static final List<String> DECIDERS = List.of(REVIEWER, EXPORT_CONTROL, POLICY_BOARD, AUTHORIZER);

    private Roles() {
    }
}
