package org.procurement.testing;

import java.util.Arrays;
import java.util.Set;

/**
 * The demo users of deploy/keycloak/procurement-realm.json, with the same roles and organisations, so that
 * service tests speak of the same people as the system tests.
 */
public enum DemoUser {
    OLENA("UA-MOD", "requester"),
    /** Also request-manager: withdraws colleagues' requests of UA-MOD. */
    TARAS("UA-MOD", "requester", "request-manager"),
    PIOTR("PL-MOD", "requester"),
    MINJUN("KR-DAPA", "reviewer"),
    SEOYEON("KR-DAPA", "export-control"),
    JIHO("KR-NSC", "policy-board"),
    HANA("KR-NSC", "policy-board"),
    DAEHO("KR-MND", "authorizer"),
    MINSEO("KR-MND", "authorizer"),
    SORA("KR-DAPA", "reviewer", "export-control"),
    /** No deciding role of her own: she decides only what a colleague delegates to her. */
    YUNA("KR-DAPA"),
    ADMIN("KR-DAPA", "catalog-admin"),
    JISOO("KR-DAPA", "catalog-admin"),
    AUDREY("KR-DAPA", "auditor");

    private final String organisation;
    private final Set<String> roles;

    DemoUser(String organisation, String... roles) {
        this.organisation = organisation;
        this.roles = Set.copyOf(Arrays.asList(roles));
    }

    public String username() {
        return name().toLowerCase();
    }

    /** The address the realm gives the user. */
    public String email() {
        return username() + "@demo.invalid";
    }

    public String organisation() {
        return organisation;
    }

    public Set<String> roles() {
        return roles;
    }
}
