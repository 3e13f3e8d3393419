package org.procurement.system;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.procurement.stack.DemoUser;
import org.procurement.stack.OneTimeCodes;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the suite's Keycloak: password grant through the test-only client, with the demo
 * one-time code for users whose roles require a second factor. Access tokens live 5 minutes, so a cached one is
 * renewed with its refresh token (no second factor needed) a minute before it expires.
 */
final class Keycloak {

    private static final String TESTS_CLIENT = "procurement-tests";
    private static final long RENEW_BEFORE_SECONDS = 60;
    private static final Map<String, SignedIn> TOKENS = new ConcurrentHashMap<>();
    /** The last 30-second step whose code each user signed in with: Keycloak accepts every code only once. */
    private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A demo user's token (password = username + "-pw"), signed in once per run and renewed as it nears expiry. */
    static String token(String username) {
        return tokenVia(TESTS_CLIENT, username);
    }

    /** A user's token through another public client of the realm (password grant), signed in once per run. */
    static String tokenVia(String clientId, String username) {
        return TOKENS.compute(clientId + "/" + username, (key, known) -> {
            if (known != null && known.validFor() > RENEW_BEFORE_SECONDS) {
                return known;
            }
            if (known != null && known.refresh() != null) {
                Response renewed = RestAssured.given().formParam("grant_type", "refresh_token")
                        .formParam("client_id", clientId).formParam("refresh_token", known.refresh())
                        .when().post(tokenUrl());
                if (renewed.statusCode() == 200) {
                    return SignedIn.of(renewed);
                }
            }
            return SignedIn.of(signIn(clientId, username).then().statusCode(200).extract().response());
        }).access();
    }

    /** A new token every call, never cached (for tokens that are meant to expire or be signed out). */
    static String freshTokenVia(String clientId, String username) {
        return freshSignIn(clientId, username).access();
    }

    /** A new sign-in with its refresh token, e.g. to sign that session out. */
    static SignedIn freshSignIn(String clientId, String username) {
        return SignedIn.of(signIn(clientId, username).then().statusCode(200).extract().response());
    }

    /** Ends the session behind a sign-in, as the user's "sign out" does. */
    static void signOut(String clientId, SignedIn session) {
        RestAssured.given().formParam("client_id", clientId).formParam("refresh_token", session.refresh())
                .when().post(Suite.get().realmUrl() + "/protocol/openid-connect/logout")
                .then().statusCode(204);
    }

    /** The password grant, with a one-time code for the demo users that have one. */
    static Response signIn(String clientId, String username) {
        var request = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", username + "-pw");
        oneTimeCodeSecret(username).ifPresent(secret -> request.formParam("totp", unusedCode(username, secret)));
        return request.when().post(tokenUrl());
    }

    static Optional<String> oneTimeCodeSecret(String username) {
        return DemoUser.ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .flatMap(DemoUser::oneTimeCodeSecret);
    }

    /**
     * A code Keycloak has not seen yet: it accepts the previous, the current and the next step's code (look-ahead
     * window 1), each once; when all three were used, wait for the next step.
     */
    static synchronized String unusedCode(String username, String secret) {
        while (true) {
            long now = OneTimeCodes.step(Instant.now());
            long step = Math.max(now - 1, USED_STEPS.getOrDefault(username, Long.MIN_VALUE) + 1);
            if (step <= now + 1) {
                USED_STEPS.put(username, step);
                return OneTimeCodes.codeForStep(secret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A service account's token (client credentials with the client's demo secret), renewed as it nears expiry. */
    static String serviceAccount(String clientId) {
        return TOKENS.compute("service-account/" + clientId, (key, known) -> known != null
                && known.validFor() > RENEW_BEFORE_SECONDS ? known : SignedIn.of(RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-demo-secret")
                .when().post(tokenUrl())
                .then().statusCode(200).extract().response())).access();
    }

    private static String tokenUrl() {
        return Suite.get().realmUrl() + "/protocol/openid-connect/token";
    }

    /** An access token, the refresh token of its session (none for service accounts) and when the first expires. */
    record SignedIn(String access, String refresh, Instant expires) {

        static SignedIn of(Response response) {
            Number lifetime = response.path("expires_in");
            return new SignedIn(response.path("access_token"), response.path("refresh_token"),
                    Instant.now().plusSeconds(lifetime.longValue()));
        }

        long validFor() {
            return expires.getEpochSecond() - Instant.now().getEpochSecond();
        }
    }
}
