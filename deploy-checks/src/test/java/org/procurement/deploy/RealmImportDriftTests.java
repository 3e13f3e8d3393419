package org.procurement.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm import is the demo realm (deploy/keycloak/procurement-realm.json) less the demo people and
 * the test client; these tests keep the two from drifting apart, and check the import against Keycloak's own
 * RealmRepresentation (the type the operator's CRD describes).
 */
class RealmImportDriftTests {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static JsonNode demoRealm() throws Exception {
        return Manifests.JSON.readTree(Manifests.repoRoot().resolve("deploy/keycloak/procurement-realm.json").toFile());
    }

    private static JsonNode prodRealm() {
        return Manifests.named(Manifests.overlay("prod"), "KeycloakRealmImport", "procurement").at("/spec/realm");
    }

    @Test
    void theImportIsAValidRealmRepresentation() throws Exception {
        RealmRepresentation realm = STRICT.treeToValue(prodRealm(), RealmRepresentation.class);
        assertEquals("procurement", realm.getRealm());
    }

    @Test
    void aMisspelledRealmFieldIsRejected() {
        ObjectNode realm = prodRealm().deepCopy();
        realm.put("acessTokenLifespan", 60);
        assertThrows(Exception.class, () -> STRICT.treeToValue(realm, RealmRepresentation.class));
    }

    @Test
    void rolesUserProfileAndTokenLifetimesMatchTheDemoRealm() throws Exception {
        JsonNode demo = demoRealm();
        JsonNode prod = prodRealm();
        assertEquals(demo.get("roles"), prod.get("roles"));
        assertEquals(demo.get("components"), prod.get("components"));
        for (String field : new String[] {"realm", "accessTokenLifespan", "ssoSessionIdleTimeout", "ssoSessionMaxLifespan",
                "bruteForceProtected", "permanentLockout", "failureFactor", "waitIncrementSeconds", "maxFailureWaitSeconds",
                "passwordPolicy", "otpPolicyType", "otpPolicyAlgorithm", "otpPolicyDigits", "otpPolicyPeriod",
                "otpPolicyLookAheadWindow", "browserFlow", "authenticationFlows", "authenticatorConfig"}) {
            assertEquals(demo.get(field), prod.get(field), field);
        }
        // What the security review asks of production, whatever the demo file says.
        assertTrue(prod.get("accessTokenLifespan").asInt() <= 300, "access tokens live at most 5 minutes");
        assertTrue(prod.get("bruteForceProtected").asBoolean(), "brute-force detection");
        assertTrue(prod.get("passwordPolicy").asText().contains("length(12)"), "passwords of 12 characters or more");
        assertEquals("browser-second-factor", prod.get("browserFlow").asText());
    }

    @Test
    void clientsMatchTheDemoRealmExceptSecretsAndProductionUrls() throws Exception {
        Map<String, JsonNode> demo = clients(demoRealm());
        Map<String, JsonNode> prod = clients(prodRealm());
        demo.remove("procurement-tests"); // test-only password-grant client: never in production
        assertEquals(demo.keySet(), prod.keySet());
        demo.forEach((id, demoClient) -> {
            ObjectNode expected = demoClient.deepCopy();
            ObjectNode actual = prod.get(id).deepCopy();
            for (String field : new String[] {"secret", "redirectUris", "webOrigins"}) {
                expected.remove(field);
                actual.remove(field);
            }
            assertEquals(expected, actual, id);
            if (demoClient.has("secret")) {
                assertTrue(prod.get(id).get("secret").asText().matches("\\$\\{[A-Z_]+}"),
                        id + ": the secret must be a placeholder filled from a Secret at import");
            }
        });
        assertTrue(prodRealm().get("users").findValuesAsText("username").stream()
                .allMatch(u -> u.startsWith("service-account-")), "no demo people in production");
    }

    @Test
    void everySecretPlaceholderIsBackedByASecret() {
        JsonNode spec = Manifests.named(Manifests.overlay("prod"), "KeycloakRealmImport", "procurement").get("spec");
        for (JsonNode client : spec.get("realm").get("clients")) {
            if (client.has("secret")) {
                String placeholder = client.get("secret").asText().replaceAll("^\\$\\{|}$", "");
                assertTrue(spec.at("/placeholders/" + placeholder + "/secret/name").isTextual(), placeholder);
            }
        }
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new TreeMap<>();
        realm.get("clients").forEach(c -> clients.put(c.get("clientId").asText(), c));
        return clients;
    }
}
