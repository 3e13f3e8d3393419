package org.procurement.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real RS256 access tokens shaped like Keycloak's (roles at {@code realm_access.roles}, organisation in
 * {@code org}), signed with the key that {@code OidcWiremockTestResource} publishes, so a service under test
 * verifies them exactly as it verifies Keycloak's.
 */
public final class Tokens {

    /** The issuer OidcWiremockTestResource's discovery document announces. */
    public static final String ISSUER = "https://server.example.com";
    public static final Set<String> SERVICE_AUDIENCES = Set.of("catalog-service", "request-service", "approval-service");

    private Tokens() {
    }

    public static String of(DemoUser user) {
        return user(user.username(), user.organisation(), user.roles());
    }

    public static String bearer(DemoUser user) {
        return "Bearer " + of(user);
    }

    /** A user token with any name, organisation (null for none) and roles. */
    public static String user(String username, String organisation, Set<String> roles) {
        // Like Keycloak's: each token has its own id, and a user token says when the user signed in.
        JwtClaimsBuilder claims = base(username, roles).claim("preferred_username", username).claim("azp", "procurement-tests")
                .claim("auth_time", java.time.Instant.now().getEpochSecond() - 60);
        if (organisation != null) {
            claims.claim("org", organisation);
        }
        return claims.sign("privateKey.jwk");
    }

    /** A client-credentials token of a service account (realm role {@code service}). */
    public static String service(String clientId) {
        return base("service-account-" + clientId, Set.of("service"))
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder base(String username, Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .audience(SERVICE_AUDIENCES)
                .claim("realm_access", Map.of("roles", roles))
                .claim("typ", "Bearer")
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(600);
    }
}
