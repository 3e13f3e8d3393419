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
        String admin = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloak + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
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
}
