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
}
