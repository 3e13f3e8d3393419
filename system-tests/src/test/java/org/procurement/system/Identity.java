package org.procurement.system;

import java.util.Arrays;
import java.util.Map;

/** The callers of the authorization matrix: nobody, each role's demo user, another ministry, the services, a stranger's token. */
enum Identity {
    ANONYMOUS("anonymous"),
    OLENA("olena"),
    MINJUN("minjun"),
    SEOYEON("seoyeon"),
    JIHO("jiho"),
    DAEHO("daeho"),
    ADMIN("admin"),
    AUDREY("audrey"),
    PIOTR("piotr"),
    REQUEST_SERVICE("request-service"),
    APPROVAL_SERVICE("approval-service"),
    WRONG_AUDIENCE("wrong-audience");

    /** Test-only public client without audience mappers: its tokens are meant for another application. */
    static final String OTHER_APP = "other-app";

    final String label;

    Identity(String label) {
        this.label = label;
    }

    static Identity of(String label) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown identity " + label));
    }

    /** The bearer token, or null for anonymous. */
    String token() {
        return switch (this) {
            case ANONYMOUS -> null;
            case REQUEST_SERVICE, APPROVAL_SERVICE -> Keycloak.serviceAccount(label);
            case WRONG_AUDIENCE -> {
                ensureOtherApp();
                yield Keycloak.tokenVia(OTHER_APP, "audrey");
            }
            default -> Keycloak.token(label);
        };
    }

    static void ensureOtherApp() {
        KeycloakAdmin.ensureClient(Map.of(
                "clientId", OTHER_APP,
                "description", "tests only: a token meant for another application (no audience mapper for our services)",
                "enabled", true, "publicClient", true, "protocol", "openid-connect",
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "serviceAccountsEnabled", false));
    }
}
