package org.procurement.system;

import io.restassured.RestAssured;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the suite's Keycloak: password grant through the test-only client. */
final class Keycloak {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A demo user's token (password = username + "-pw"), fetched once per test run. */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "procurement-tests")
                .formParam("username", user)
                .formParam("password", user + "-pw")
                .when().post(Suite.get().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A user's token through another public client of the realm (password grant), fetched once per run. */
    static String tokenVia(String clientId, String username) {
        return TOKENS.computeIfAbsent(clientId + "/" + username, key -> freshTokenVia(clientId, username));
    }

    /** A new token every call, never cached (for tokens that are meant to expire). */
    static String freshTokenVia(String clientId, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", username + "-pw")
                .when().post(Suite.get().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A service account's token (client credentials with the client's demo secret), fetched once per run. */
    static String serviceAccount(String clientId) {
        return TOKENS.computeIfAbsent("service-account/" + clientId, key -> RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-demo-secret")
                .when().post(Suite.get().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
