package org.procurement.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin API (demo admin of the test Keycloak). The realm names Swagger UI's redirect URIs for the
 * default ports; the system tests run the services on free ports and register those here, as an operator
 * would for a deployment's own hosts.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    static void allowSwaggerUiAt(List<String> serviceUrls) {
        String keycloak = Suite.get().keycloakUrl();
        String admin = adminToken();
        List<Map<String, Object>> clients = RestAssured.given().auth().oauth2(admin).queryParam("clientId", "swagger-ui")
                .get(keycloak + "/admin/realms/procurement/clients").then().statusCode(200).extract().path("");
        Map<String, Object> client = clients.get(0);
        @SuppressWarnings("unchecked")
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        @SuppressWarnings("unchecked")
        List<String> origins = new ArrayList<>((List<String>) client.get("webOrigins"));
        for (String url : serviceUrls) {
            redirects.add(url + "/q/swagger-ui/oauth2-redirect.html");
            origins.add(url);
        }
        client.put("redirectUris", redirects);
        client.put("webOrigins", origins);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                .put(keycloak + "/admin/realms/procurement/clients/" + client.get("id")).then().statusCode(204);
    }

    private static String adminToken() {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(Suite.get().keycloakUrl() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private static String realmAdminUrl() {
        return Suite.get().keycloakUrl() + "/admin/realms/procurement";
    }

    /**
     * Adds a test-only client to the running realm unless it exists (kept out of the realm file, which production's
     * realm import mirrors).
     */
    static void ensureClient(Map<String, Object> client) {
        String admin = adminToken();
        List<?> existing = RestAssured.given().auth().oauth2(admin).queryParam("clientId", client.get("clientId"))
                .get(realmAdminUrl() + "/clients").then().statusCode(200).extract().path("");
        if (existing.isEmpty()) {
            RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                    .post(realmAdminUrl() + "/clients").then().statusCode(201);
        }
    }

    /** Enables or disables a user of the realm, as an administrator does in the console. */
    static void setUserEnabled(String username, boolean enabled) {
        String admin = adminToken();
        List<Map<String, Object>> found = RestAssured.given().auth().oauth2(admin).queryParam("username", username)
                .queryParam("exact", true).get(realmAdminUrl() + "/users").then().statusCode(200).extract().path("");
        String id = (String) found.get(0).get("id");
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", enabled))
                .put(realmAdminUrl() + "/users/" + id).then().statusCode(204);
    }

    /** A key the realm publishes (and so the services trust) but never signs with: returns its component id and kid. */
    static String[] addVerificationKey(java.security.PrivateKey key, String name) {
        String admin = adminToken();
        String realmId = RestAssured.given().auth().oauth2(admin).get(realmAdminUrl()).then().statusCode(200)
                .extract().path("id");
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----";
        Map<String, Object> component = Map.of("name", name, "providerId", "rsa",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of("1"), "enabled", List.of("true"), "active", List.of("false"),
                        "algorithm", List.of("RS256"), "privateKey", List.of(pem)));
        String location = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(component)
                .post(realmAdminUrl() + "/components").then().statusCode(201).extract().header("Location");
        String componentId = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> keys = RestAssured.given().auth().oauth2(admin).get(realmAdminUrl() + "/keys")
                .then().statusCode(200).extract().path("keys");
        String kid = keys.stream().filter(k -> componentId.equals(k.get("providerId"))).findFirst()
                .map(k -> (String) k.get("kid")).orElseThrow();
        return new String[] {componentId, kid};
    }

    static void removeComponent(String componentId) {
        RestAssured.given().auth().oauth2(adminToken()).delete(realmAdminUrl() + "/components/" + componentId)
                .then().statusCode(204);
    }
}
