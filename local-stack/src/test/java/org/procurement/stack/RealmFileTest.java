package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline checks of deploy/keycloak/procurement-realm.json (the running Keycloak was checked by hand with tokens),
 * and that the launcher's demo-login table matches it.
 */
class RealmFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = JSON.readTree(Path.of("..", "deploy", "keycloak", "procurement-realm.json").toFile());
    }

    @Test
    void realmBasics() {
        assertEquals("procurement", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertTrue(realm.path("displayName").asText().contains("DEMO"));
        int lifespan = realm.path("accessTokenLifespan").asInt();
        assertTrue(lifespan > 0 && lifespan <= 300, "at most 5 minutes, was " + lifespan);
        assertFalse(realm.has("clientScopes"), "a clientScopes array would replace Keycloak's built-in scopes");
        assertEquals(Set.of("requester", "request-manager", "reviewer", "export-control", "policy-board", "authorizer",
                "catalog-admin", "auditor", "service", "second-factor"), names(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void signInIsHardened() {
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertTrue(realm.path("failureFactor").asInt() <= 10, "locked after at most 10 failures");
        String policy = realm.path("passwordPolicy").asText();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(policy.matches(".*passwordHistory\\([1-9][0-9]*\\).*"), policy);
        // Exactly the roles that sign off or change the catalogue carry second-factor, which the browser flow's
        // condition asks a one-time code of.
        for (JsonNode role : realm.path("roles").path("realm")) {
            boolean privileged = DemoUser.SECOND_FACTOR_ROLES.contains(role.path("name").asText());
            assertEquals(privileged ? List.of("second-factor") : List.of(),
                    texts(role.path("composites").path("realm")), role.path("name").asText());
        }
        assertEquals("browser-second-factor", realm.path("browserFlow").asText());
        JsonNode config = realm.path("authenticatorConfig").get(0).path("config");
        assertEquals("second-factor", config.path("condUserRole").asText());
        List<String> oneTimeCode = new ArrayList<>();
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals("browser-second-factor one-time code")) {
                flow.path("authenticationExecutions").forEach(step -> oneTimeCode.add(step.path("authenticator").asText()
                        + " " + step.path("requirement").asText()));
            }
        }
        assertEquals(List.of("conditional-user-role REQUIRED", "auth-otp-form REQUIRED"), oneTimeCode);
        // The password grant only on the tests client.
        for (JsonNode client : realm.path("clients")) {
            assertEquals(client.path("clientId").asText().equals("procurement-tests"),
                    client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText());
        }
    }

    /** Demo passwords are stored hashed (the policy refuses them as new passwords); the hash is of username-pw. */
    @Test
    void demoCredentialsAreTheDocumentedPasswordAndOneTimeCodeSecrets() throws Exception {
        for (DemoUser demo : DemoUser.ALL) {
            JsonNode credentials = user(demo.username()).path("credentials");
            JsonNode password = credentials.get(0);
            assertEquals("password", password.path("type").asText());
            JsonNode secret = JSON.readTree(password.path("secretData").asText());
            JsonNode data = JSON.readTree(password.path("credentialData").asText());
            assertEquals("pbkdf2-sha512", data.path("algorithm").asText());
            byte[] salt = java.util.Base64.getDecoder().decode(secret.path("salt").asText());
            javax.crypto.SecretKeyFactory pbkdf2 = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
            byte[] hash = pbkdf2.generateSecret(new javax.crypto.spec.PBEKeySpec(demo.password().toCharArray(), salt,
                    data.path("hashIterations").asInt(), 512)).getEncoded();
            assertEquals(java.util.Base64.getEncoder().encodeToString(hash), secret.path("value").asText(),
                    demo.username() + "'s stored password is " + demo.password());
            if (demo.oneTimeCodeSecret().isPresent()) {
                JsonNode otp = credentials.get(1);
                assertEquals("otp", otp.path("type").asText(), demo.username());
                assertEquals(demo.oneTimeCodeSecret().get(),
                        JSON.readTree(otp.path("secretData").asText()).path("value").asText());
                JsonNode otpData = JSON.readTree(otp.path("credentialData").asText());
                assertEquals("totp", otpData.path("subType").asText());
                assertEquals(30, otpData.path("period").asInt());
                assertEquals(6, otpData.path("digits").asInt());
                assertEquals("HmacSHA1", otpData.path("algorithm").asText());
                assertEquals(2, credentials.size());
            } else {
                assertEquals(1, credentials.size(), demo.username() + " signs in with the password alone");
            }
        }
    }

    @Test
    void demoUsersMatchTheLaunchersTable() {
        for (DemoUser demo : DemoUser.ALL) {
            JsonNode user = user(demo.username());
            assertTrue(user.path("enabled").asBoolean(), demo.username());
            assertEquals(demo.username() + "@demo.invalid", user.path("email").asText());
            assertFalse(user.path("firstName").asText().isBlank());
            assertFalse(user.path("lastName").asText().isBlank());
            assertEquals(List.of(demo.org()), texts(user.path("attributes").path("org")));
            assertEquals(new TreeSet<>(demo.roles()), new TreeSet<>(texts(user.path("realmRoles"))));
            assertFalse(user.path("credentials").get(0).path("temporary").asBoolean());
            assertFalse(user.has("requiredActions"));
        }
        long people = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> !user.has("serviceAccountClientId")).count();
        assertEquals(DemoUser.ALL.size(), people);
    }

    @Test
    void serviceAccountsCarryTheServiceRole() {
        for (String client : List.of("request-service", "approval-service")) {
            JsonNode user = user("service-account-" + client);
            assertEquals(client, user.path("serviceAccountClientId").asText());
            assertEquals(List.of("service"), texts(user.path("realmRoles")));
            assertTrue(user.path("enabled").asBoolean());
            JsonNode spec = client(client);
            assertFalse(spec.path("publicClient").asBoolean());
            assertTrue(spec.path("serviceAccountsEnabled").asBoolean());
            assertFalse(spec.path("standardFlowEnabled").asBoolean());
            assertEquals(client + "-demo-secret", spec.path("secret").asText());
        }
        assertEquals(Set.of("catalog-service", "approval-service"), audiences(client("request-service")));
        assertEquals(Set.of("request-service"), audiences(client("approval-service")));
    }

    @Test
    void swaggerUiUsesTheCodeFlowWithPkceOnTheThreeServicePorts() {
        JsonNode swagger = client("swagger-ui");
        assertTrue(swagger.path("publicClient").asBoolean());
        assertTrue(swagger.path("standardFlowEnabled").asBoolean());
        assertFalse(swagger.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(swagger.path("implicitFlowEnabled").asBoolean());
        assertEquals("S256", swagger.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(Set.of("http://localhost:8081/q/swagger-ui/oauth2-redirect.html",
                "http://localhost:8082/q/swagger-ui/oauth2-redirect.html",
                "http://localhost:8083/q/swagger-ui/oauth2-redirect.html"), new TreeSet<>(texts(swagger.path("redirectUris"))));
        assertEquals(Set.of("http://localhost:8081", "http://localhost:8082", "http://localhost:8083"),
                new TreeSet<>(texts(swagger.path("webOrigins"))));
    }

    @Test
    void userFacingClientsMapOrgAndTheServiceAudiences() {
        for (String clientId : List.of("swagger-ui", "procurement-tests")) {
            JsonNode client = client(clientId);
            assertEquals(Set.of("catalog-service", "request-service", "approval-service"), audiences(client));
            JsonNode org = mappers(client, "oidc-usermodel-attribute-mapper").get(0).path("config");
            assertEquals("org", org.path("user.attribute").asText());
            assertEquals("org", org.path("claim.name").asText());
            assertEquals("String", org.path("jsonType.label").asText());
            assertEquals("true", org.path("access.token.claim").asText());
        }
        JsonNode tests = client("procurement-tests");
        assertTrue(tests.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(tests.path("standardFlowEnabled").asBoolean());
        assertTrue(tests.path("description").asText().contains("AUTOMATED TESTS ONLY"));
    }

    @Test
    void userProfileDeclaresOrgAndKeepsTheDefaults() throws IOException {
        JsonNode component = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertEquals("declarative-user-profile", component.path("providerId").asText());
        JsonNode profile = JSON.readTree(component.path("config").path("kc.user.profile.config").get(0).asText());
        List<String> attributes = new ArrayList<>();
        profile.path("attributes").forEach(attribute -> attributes.add(attribute.path("name").asText()));
        assertEquals(List.of("username", "email", "firstName", "lastName", "org"), attributes);
        JsonNode org = profile.path("attributes").get(4);
        assertEquals(List.of("admin"), texts(org.path("permissions").path("edit")));
        assertTrue(texts(org.path("permissions").path("view")).contains("admin"));
    }

    private static JsonNode user(String username) {
        return find(realm.path("users"), "username", username);
    }

    private static JsonNode client(String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    private static List<JsonNode> mappers(JsonNode client, String type) {
        List<JsonNode> found = new ArrayList<>();
        client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asText().equals(type)) {
                found.add(mapper);
            }
        });
        return found;
    }

    private static Set<String> audiences(JsonNode client) {
        Set<String> audiences = new TreeSet<>();
        for (JsonNode mapper : mappers(client, "oidc-audience-mapper")) {
            assertEquals("true", mapper.path("config").path("access.token.claim").asText());
            audiences.add(mapper.path("config").path("included.custom.audience").asText());
        }
        return audiences;
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        assertNotNull(array);
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
