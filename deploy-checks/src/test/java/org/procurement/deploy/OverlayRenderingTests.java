package org.procurement.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlayRenderingTests {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersAndEveryServiceHasItsObjects(String overlay) {
        List<ObjectNode> objects = Manifests.overlay(overlay);
        assertFalse(objects.isEmpty(), overlay + " renders nothing");
        for (String service : Manifests.SERVICES) {
            Manifests.named(objects, "Deployment", service);
            Manifests.named(objects, "Service", service);
            Manifests.named(objects, "ServiceAccount", service);
            assertTrue(Manifests.ofKind(objects, "ConfigMap").stream()
                    .anyMatch(c -> c.path("metadata").path("name").asText().startsWith(service + "-config-")),
                    overlay + ": no generated ConfigMap for " + service);
        }
        Manifests.named(objects, "Ingress", "procurement");
    }

    @Test
    void everyImageComesFromTheOnePlaceThatSetsTheTag() {
        for (String overlay : Manifests.OVERLAYS) {
            for (String service : Manifests.SERVICES) {
                String image = Manifests.named(Manifests.overlay(overlay), "Deployment", service)
                        .at("/spec/template/spec/containers/0/image").asText();
                assertEquals("procurement/" + service + ":1.0.0-SNAPSHOT", image, overlay + " " + service);
            }
        }
    }

    @Test
    void devRunsOneReplicaWithItsOwnPostgresAndKeycloak() {
        List<ObjectNode> dev = Manifests.overlay("dev");
        for (String service : Manifests.SERVICES) {
            assertEquals(1, Manifests.named(dev, "Deployment", service).at("/spec/replicas").asInt(), service);
        }
        Manifests.named(dev, "StatefulSet", "postgres");
        Manifests.named(dev, "Deployment", "keycloak");
        assertTrue(Manifests.ofKind(dev, "HorizontalPodAutoscaler").isEmpty(), "dev has no autoscaler");
    }

    @Test
    void devImportsTheRealmFileItselfNotACopy() throws Exception {
        String realmFile = Files.readString(Manifests.repoRoot().resolve("deploy/keycloak/procurement-realm.json"));
        ObjectNode configMap = Manifests.ofKind(Manifests.overlay("dev"), "ConfigMap").stream()
                .filter(c -> c.path("metadata").path("name").asText().startsWith("procurement-realm-"))
                .findFirst().orElseThrow(() -> new AssertionError("no realm ConfigMap in dev"));
        assertEquals(realmFile, configMap.at("/data/procurement-realm.json").asText());
        try (var files = Files.walk(Manifests.repoRoot().resolve("deploy/k8s"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith("realm.json")),
                    "a copy of the realm file under deploy/k8s would be a second source of truth");
        }
    }

    @Test
    void prodRunsSeveralReplicasWithAutoscalingBudgetsPoliciesAndOperators() {
        List<ObjectNode> prod = Manifests.overlay("prod");
        Map<String, Long> kinds = prod.stream()
                .collect(Collectors.groupingBy(o -> o.path("kind").asText(), Collectors.counting()));
        for (String service : Manifests.SERVICES) {
            assertTrue(Manifests.named(prod, "Deployment", service).at("/spec/replicas").asInt() >= 2, service);
            assertTrue(Manifests.named(prod, "HorizontalPodAutoscaler", service).at("/spec/minReplicas").asInt() >= 2);
            Manifests.named(prod, "PodDisruptionBudget", service);
        }
        assertEquals(4L, kinds.get("Cluster"), "one CloudNativePG Cluster per service plus Keycloak's");
        assertEquals(1L, kinds.get("Keycloak"));
        assertEquals(1L, kinds.get("KeycloakRealmImport"));
        Manifests.named(prod, "NetworkPolicy", "default-deny");
        assertTrue(Manifests.named(prod, "Ingress", "procurement").at("/spec/tls/0/secretName").isTextual(),
                "prod Ingress has TLS");
        assertTrue(prod.stream().noneMatch(o -> o.path("kind").asText().equals("Secret")),
                "prod commits no Secret: they are created by the operator's team or by the operators");
    }
}
