package org.procurement.stack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A demo login of the realm in deploy/keycloak/procurement-realm.json (a test keeps the two in step). DEMO ONLY. */
public record DemoUser(String username, List<String> roles, String org) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("olena", List.of("requester"), "UA-MOD"),
            new DemoUser("taras", List.of("requester", "request-manager"), "UA-MOD"),
            new DemoUser("piotr", List.of("requester"), "PL-MOD"),
            new DemoUser("minjun", List.of("reviewer"), "KR-DAPA"),
            new DemoUser("seoyeon", List.of("export-control"), "KR-DAPA"),
            new DemoUser("jiho", List.of("policy-board"), "KR-NSC"),
            new DemoUser("hana", List.of("policy-board"), "KR-NSC"),
            new DemoUser("daeho", List.of("authorizer"), "KR-MND"),
            new DemoUser("minseo", List.of("authorizer"), "KR-MND"),
            new DemoUser("sora", List.of("reviewer", "export-control"), "KR-DAPA"),
            // No deciding role of her own: she decides only what a colleague delegates to her.
            new DemoUser("yuna", List.of(), "KR-DAPA"),
            new DemoUser("admin", List.of("catalog-admin"), "KR-DAPA"),
            new DemoUser("jisoo", List.of("catalog-admin"), "KR-DAPA"),
            new DemoUser("audrey", List.of("auditor"), "KR-DAPA"));

    /** Roles that sign in with a one-time code as well (the realm's role second-factor is part of each). */
    public static final List<String> SECOND_FACTOR_ROLES = List.of("authorizer", "policy-board", "catalog-admin");

    /** Every demo password is the username followed by {@code -pw}. */
    public String password() {
        return username + "-pw";
    }

    /** The user of this name; {@link IllegalArgumentException} naming the demo users otherwise. */
    public static DemoUser named(String username) {
        return ALL.stream().filter(user -> user.username.equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user '" + username + "'; demo users: "
                        + String.join(", ", ALL.stream().map(DemoUser::username).toList())));
    }

    /**
     * The TOTP secret seeded in the demo realm for users whose roles require a second factor (username followed by
     * {@code -demo-totp-key}); empty for the others, who sign in with the password alone.
     */
    public Optional<String> oneTimeCodeSecret() {
        return roles.stream().anyMatch(SECOND_FACTOR_ROLES::contains)
                ? Optional.of(username + "-demo-totp-key") : Optional.empty();
    }

    /** The one-time code valid at {@code at}, for users that have one. */
    public Optional<String> oneTimeCode(Instant at) {
        return oneTimeCodeSecret().map(secret -> OneTimeCodes.code(secret, at));
    }
}
