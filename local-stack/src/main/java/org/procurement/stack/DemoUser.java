package org.procurement.stack;

import java.util.List;

/** A demo login of the realm in deploy/keycloak/procurement-realm.json (a test keeps the two in step). DEMO ONLY. */
public record DemoUser(String username, List<String> roles, String org) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("olena", List.of("requester"), "UA-MOD"),
            new DemoUser("taras", List.of("requester"), "UA-MOD"),
            new DemoUser("piotr", List.of("requester"), "PL-MOD"),
            new DemoUser("minjun", List.of("reviewer"), "KR-DAPA"),
            new DemoUser("seoyeon", List.of("export-control"), "KR-DAPA"),
            new DemoUser("jiho", List.of("policy-board"), "KR-NSC"),
            new DemoUser("hana", List.of("policy-board"), "KR-NSC"),
            new DemoUser("daeho", List.of("authorizer"), "KR-MND"),
            new DemoUser("minseo", List.of("authorizer"), "KR-MND"),
            new DemoUser("sora", List.of("reviewer", "export-control"), "KR-DAPA"),
            new DemoUser("admin", List.of("catalog-admin"), "KR-DAPA"),
            new DemoUser("jisoo", List.of("catalog-admin"), "KR-DAPA"),
            new DemoUser("audrey", List.of("auditor"), "KR-DAPA"));

    /** Every demo password is the username followed by {@code -pw}. */
    public String password() {
        return username + "-pw";
    }
}
