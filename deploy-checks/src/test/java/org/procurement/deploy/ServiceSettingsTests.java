package org.procurement.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests and the services agree on configuration: every environment variable and ConfigMap key given to a
 * service is one its application.properties reads (${NAME:default}), and every variable whose default only suits the
 * local stack (a localhost address, a demo password or secret) is provided; credentials only from Secrets.
 */
class ServiceSettingsTests {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Set<String> CREDENTIALS = Set.of("DB_PASSWORD", "DB_OWNER_USER", "DB_OWNER_PASSWORD",
            "OIDC_CLIENT_SECRET", "AUDIT_HMAC_KEY", "AUDIT_SIGNING_KEY");

    /** Environment variables a service reads, with their defaults ("" when none). */
    static Map<String, String> settingsReadBy(String service) throws IOException {
        String properties = Files.readString(Manifests.repoRoot()
                .resolve(service).resolve("src/main/resources/application.properties"));
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : properties.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%")) {
                continue; // comments and profile-specific (test/dev) lines are not what a deployment configures
            }
            Matcher m = REFERENCE.matcher(trimmed);
            while (m.find()) {
                settings.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        return settings;
    }

    static boolean needsAValueInADeployment(String name, String defaultValue) {
        return defaultValue.isEmpty() || defaultValue.contains("localhost") || defaultValue.contains("127.0.0.1")
                || defaultValue.contains("demo") || name.endsWith("PASSWORD") || name.endsWith("SECRET")
                || name.endsWith("_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySettingInTheManifestsIsReadAndEveryNeededOneIsGiven(String overlay) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            problems.addAll(problems(Manifests.overlay(overlay), service, settingsReadBy(service)));
        }
        assertEquals(List.of(), problems, overlay);
    }

    @Test
    void theServicesReadTheSettingsTheBriefNames() throws IOException {
        assertTrue(settingsReadBy("request-service").keySet().containsAll(
                List.of("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "OIDC_SERVER_URL", "CATALOG_URL", "APPROVAL_URL",
                        "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_PUBLIC_URL", "DB_POOL_SIZE")));
        assertTrue(needsAValueInADeployment("DB_URL", "jdbc:postgresql://localhost:15432/catalog"));
        assertFalse(needsAValueInADeployment("CATALOG_CURRENCY", "USD"));
        // The audit chain's keys have demo defaults for dev and tests; a deployment always brings its own.
        assertTrue(needsAValueInADeployment("AUDIT_HMAC_KEY", "rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ="));
        assertTrue(settingsReadBy("approval-service").keySet().containsAll(
                List.of("AUDIT_HMAC_KEY", "AUDIT_HMAC_KEY_ID", "AUDIT_SIGNING_KEY", "AUDIT_VERIFY_KEY")));
        assertTrue(settingsReadBy("request-service").containsKey("AUDIT_VERIFY_KEY"));
    }

    @Test
    void aKeyNoServiceReadsOrAMissingNeededSettingFails() throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        for (ObjectNode o : Manifests.overlay("prod")) {
            objects.add(o.deepCopy());
        }
        ObjectNode configMap = objects.stream()
                .filter(o -> o.path("metadata").path("name").asText().startsWith("approval-service-config-"))
                .findFirst().orElseThrow();
        ((ObjectNode) configMap.get("data")).put("CONFLICT_ZONE", "UA");  // misspelt: silently ignored at run time
        ((ObjectNode) configMap.get("data")).remove("REQUEST_URL");       // would fall back to localhost
        List<String> problems = problems(objects, "approval-service", settingsReadBy("approval-service"));
        assertEquals(2, problems.size(), String.join("\n", problems));
    }

    @Test
    void aCredentialAsAPlainValueFails() throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        for (ObjectNode o : Manifests.overlay("prod")) {
            objects.add(o.deepCopy());
        }
        ObjectNode deployment = objects.stream().filter(o -> Manifests.id(o).equals("Deployment/catalog-service"))
                .findFirst().orElseThrow();
        ObjectNode password = (ObjectNode) deployment.at("/spec/template/spec/containers/0/env/0");
        password.remove("valueFrom");
        password.put("value", "hunter2");
        assertFalse(problems(objects, "catalog-service", settingsReadBy("catalog-service")).isEmpty());
    }

    static List<String> problems(List<ObjectNode> objects, String service, Map<String, String> read) {
        List<String> problems = new ArrayList<>();
        JsonNode container = Manifests.named(objects, "Deployment", service).at("/spec/template/spec/containers/0");
        Set<String> given = new LinkedHashSet<>();
        for (JsonNode env : Manifests.elements(container.get("env"))) {
            String name = env.path("name").asText();
            given.add(name);
            if (!read.containsKey(name)) {
                problems.add(service + ": env " + name + " is not a setting the service reads");
            }
            if (CREDENTIALS.contains(name) && !env.at("/valueFrom/secretKeyRef/name").isTextual()) {
                problems.add(service + ": " + name + " must come from a Secret");
            }
        }
        for (JsonNode source : Manifests.elements(container.get("envFrom"))) {
            if (source.has("secretRef")) {
                problems.add(service + ": envFrom a whole Secret hides which settings it sets");
                continue;
            }
            String name = source.at("/configMapRef/name").asText();
            ObjectNode configMap = Manifests.named(objects, "ConfigMap", name);
            configMap.path("data").fieldNames().forEachRemaining(key -> {
                given.add(key);
                if (!read.containsKey(key)) {
                    problems.add(service + ": ConfigMap " + name + " key " + key + " is not a setting the service reads");
                }
                if (CREDENTIALS.contains(key)) {
                    problems.add(service + ": " + key + " is a credential and belongs in a Secret, not ConfigMap " + name);
                }
            });
        }
        read.forEach((name, defaultValue) -> {
            if (needsAValueInADeployment(name, defaultValue) && !given.contains(name)) {
                problems.add(service + ": " + name + " is not set (its default '" + defaultValue + "' only suits the local stack)");
            }
        });
        return problems;
    }
}
