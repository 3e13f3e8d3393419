package org.procurement.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.procurement.stack.ServiceSpec;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Bad tokens are refused with 401 by every service. Claim checks (expiry, not-before, issuer, audience) are proved
 * with tokens whose signature the services accept: a key of our own is added to the realm as a verification-only key
 * (Keycloak publishes it in the realm's JWKS but never signs with it), a correct token signed with it is accepted, and
 * then the same token with one claim wrong is refused. Signature checks use Keycloak's real tokens, altered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenRefusalIT {

    /** One call per service that the auditor may make. */
    private static final Map<ServiceSpec, String> READS = Map.of(
            ServiceSpec.CATALOG, "/catalog/categories",
            ServiceSpec.REQUEST, "/requests",
            ServiceSpec.APPROVAL, "/policies");
    private static final String SHORT_LIVED = "short-lived-tests";

    private static KeyPair trustedKey;
    private static String trustedKeyComponent;
    private static String trustedKid;

    @AfterAll
    static void removeOurKeyFromTheRealm() {
        if (trustedKeyComponent != null) {
            KeycloakAdmin.removeComponent(trustedKeyComponent);
        }
    }

    @Test
    @Order(1)
    void keycloaksOwnTokenIsAcceptedByEveryService() {
        assertEveryService(Keycloak.token("audrey"), 200);
        Story.say("audrey's Keycloak token: 200 from the three services (the baseline the refusals below differ from)");
    }

    @Test
    @Order(2)
    void aTokenSignedWithAKeyTheRealmPublishesIsAccepted() {
        trustedKey = Jwts.freshRsaKey();
        String[] added = KeycloakAdmin.addVerificationKey(trustedKey.getPrivate(), "system-tests verification-only key");
        trustedKeyComponent = added[0];
        trustedKid = added[1];
        assertEveryService(forged(Map.of()), 200);
        Story.say("a token we signed with a key the realm publishes (kid %s) is accepted: 200 from every service, so "
                + "the refusals below are about the one claim we change", trustedKid);
    }

    @Test
    @Order(3)
    void anExpiredTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        assertEveryService(forged(Map.of("iat", now - 900, "exp", now - 600)), 401);
        Story.say("expired ten minutes ago, validly signed: 401 from every service");
    }

    @Test
    @Order(4)
    void aTokenNotYetValidIsRefused() {
        long now = Instant.now().getEpochSecond();
        assertEveryService(forged(Map.of("nbf", now + 600, "iat", now, "exp", now + 1200)), 401);
        Story.say("not valid before ten minutes from now (nbf), validly signed: 401 from every service");
    }

    @Test
    @Order(5)
    void aTokenOfAnotherIssuerIsRefused() {
        assertEveryService(forged(Map.of("iss", Suite.get().keycloakUrl() + "/realms/master")), 401);
        Story.say("issuer = the master realm, validly signed: 401 from every service");
    }

    @Test
    @Order(6)
    void aTokenForAnotherAudienceIsRefused() {
        assertEveryService(forged(Map.of("aud", "other-app")), 401);
        Map<String, Object> noAudience = new LinkedHashMap<>(Jwts.claims(Keycloak.token("audrey")));
        noAudience.remove("aud");
        assertEveryService(forged(noAudience, Map.of()), 401);
        String stranger = Identity.WRONG_AUDIENCE.token();
        assertEquals(null, Jwts.claims(stranger).get("aud"), "other-app's tokens carry no audience of ours");
        assertEveryService(stranger, 401);
        // The service accounts' real tokens name only the services they call.
        assertService(ServiceSpec.REQUEST, Keycloak.serviceAccount("request-service"), "/requests", 401);
        assertService(ServiceSpec.CATALOG, Keycloak.serviceAccount("approval-service"), "/catalog/categories", 401);
        assertService(ServiceSpec.APPROVAL, Keycloak.serviceAccount("approval-service"), "/policies", 401);
        assertService(ServiceSpec.APPROVAL, Keycloak.serviceAccount("request-service"), "/policies", 200);
        Story.say("aud = other-app, no aud, Keycloak's token of other-app, and service-account tokens sent to a service "
                + "they are not meant for: 401 everywhere (request-service's token at approval-service: 200)");
    }

    @Test
    @Order(7)
    void aTamperedTokenIsRefused() {
        String real = Keycloak.token("audrey");
        Map<String, Object> claims = new LinkedHashMap<>(Jwts.claims(real));
        claims.put("realm_access", Map.of("roles", List.of("auditor", "authorizer", "catalog-admin")));
        assertEveryService(Jwts.withClaims(real, claims), 401);
        Story.say("audrey's real token with roles added to its claims, original signature: 401 from every service");
    }

    @Test
    @Order(8)
    void anUnsignedTokenIsRefused() {
        assertEveryService(Jwts.unsigned(Keycloak.token("audrey")), 401);
        Story.say("audrey's claims with alg: none and no signature: 401 from every service");
    }

    @Test
    @Order(9)
    void aTokenSignedByAnotherKeyIsRefused() {
        String real = Keycloak.token("audrey");
        KeyPair stranger = Jwts.freshRsaKey();
        Map<String, Object> claims = Jwts.claims(real);
        // Claiming the realm's own key id: the services must check the signature, not just find the key.
        assertEveryService(Jwts.sign(Jwts.header(real), claims, stranger.getPrivate()), 401);
        Map<String, Object> header = new LinkedHashMap<>(Jwts.header(real));
        header.put("kid", "not-a-key-of-the-realm");
        assertEveryService(Jwts.sign(header, claims, stranger.getPrivate()), 401);
        Story.say("audrey's claims signed by a key of our own, with the realm's kid or an unknown kid: 401 from every service");
    }

    @Test
    @Order(10)
    void aRealKeycloakTokenIsRefusedOnceItExpires() throws InterruptedException {
        ensureShortLivedClient();
        String token = Keycloak.freshTokenVia(SHORT_LIVED, "audrey");
        Map<String, Object> claims = Jwts.claims(token);
        long exp = ((Number) claims.get("exp")).longValue();
        assertEquals(10, exp - ((Number) claims.get("iat")).longValue(), "the client's access token lifespan");
        assertEveryService(token, 200);
        long wait = exp * 1000 - System.currentTimeMillis() + 1500;
        Story.say("a token of %s lives 10 s and is accepted; waiting %d ms until it has expired", SHORT_LIVED, wait);
        Thread.sleep(Math.max(0, wait));
        assertEveryService(token, 401);
        List<String> writes = List.of("CATALOG POST /catalog/items", "REQUEST POST /requests",
                "REQUEST POST /requests/" + UUID.randomUUID() + "/withdraw", "APPROVAL POST /policies",
                "APPROVAL POST /cases/" + UUID.randomUUID() + "/stages/technical-review/decisions");
        List<String> wrong = new ArrayList<>();
        for (String write : writes) {
            String[] parts = write.split(" ");
            ServiceSpec service = switch (parts[0]) {
                case "CATALOG" -> ServiceSpec.CATALOG;
                case "REQUEST" -> ServiceSpec.REQUEST;
                default -> ServiceSpec.APPROVAL;
            };
            int status = RestAssured.given().baseUri(Suite.get().url(service)).auth()
                    .oauth2(token).contentType("application/json").body("{}").request(parts[1], parts[2]).statusCode();
            if (status != 401) {
                wrong.add(write + " answered " + status);
            }
        }
        assertEquals(List.of(), wrong, "an expired token writes nothing");
        Story.say("the same token, expired: 401 from every service, for reads and for %d kinds of write", writes.size());
    }

    // ---- helpers ----

    /** audrey's real claims with {@code changes}, fresh times, signed with the key the realm publishes. */
    private static String forged(Map<String, Object> changes) {
        return forged(Jwts.claims(Keycloak.token("audrey")), changes);
    }

    private static String forged(Map<String, Object> base, Map<String, Object> changes) {
        assertNotEquals(null, trustedKid, "the verification key is added first");
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>(base);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.putAll(changes);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", trustedKid);
        return Jwts.sign(header, claims, trustedKey.getPrivate());
    }

    private static void assertEveryService(String token, int status) {
        List<String> wrong = new ArrayList<>();
        READS.forEach((service, path) -> {
            int actual = RestAssured.given().baseUri(Suite.get().url(service)).auth().oauth2(token).get(path).statusCode();
            if (actual != status) {
                wrong.add(service.name() + " " + path + " answered " + actual);
            }
        });
        assertEquals(List.of(), wrong, "expected " + status);
    }

    private static void assertService(ServiceSpec service, String token, String path, int status) {
        RestAssured.given().baseUri(Suite.get().url(service)).auth().oauth2(token).get(path).then().statusCode(status);
    }

    private static void ensureShortLivedClient() {
        List<Map<String, Object>> audiences = new ArrayList<>();
        for (String audience : List.of("catalog-service", "request-service", "approval-service")) {
            audiences.add(Map.of("name", "audience " + audience, "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", audience, "access.token.claim", "true",
                            "id.token.claim", "false")));
        }
        KeycloakAdmin.ensureClient(Map.of(
                "clientId", SHORT_LIVED,
                "description", "tests only: access tokens that live 10 seconds, to watch one expire",
                "enabled", true, "publicClient", true, "protocol", "openid-connect",
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                "attributes", Map.of("access.token.lifespan", "10"),
                "protocolMappers", audiences));
    }
}
