package org.procurement.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The hardening every workload must carry (the base of GoogleCloudPlatform/microservices-demo, and more). */
class SecurityPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesResourcesAndARestrictedSecurityContext(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.overlay(overlay)) {
            problems.addAll(problems(object));
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theSuitesServicesRunAsUid185WithTheirOwnAccountAndProbeSmallRyeHealth(String overlay) {
        List<String> problems = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            JsonNode pod = Manifests.named(Manifests.overlay(overlay), "Deployment", service).at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            String where = overlay + " " + service + ": ";
            if (pod.at("/securityContext/runAsUser").asInt() != 185 && container.at("/securityContext/runAsUser").asInt() != 185) {
                problems.add(where + "not uid 185");
            }
            if (!service.equals(pod.path("serviceAccountName").asText())) {
                problems.add(where + "does not use its own ServiceAccount");
            }
            Manifests.named(Manifests.overlay(overlay), "ServiceAccount", service);
            expectPath(problems, where, container, "startupProbe", "/q/health/started");
            expectPath(problems, where, container, "readinessProbe", "/q/health/ready");
            expectPath(problems, where, container, "livenessProbe", "/q/health/live");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aContainerWithoutLimitsProbesOrHardeningFails() {
        ObjectNode deployment = Manifests.named(Manifests.overlay("prod"), "Deployment", "request-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.remove("livenessProbe");
        ((ObjectNode) container.get("resources")).remove("limits");
        ((ObjectNode) container.get("securityContext")).put("readOnlyRootFilesystem", false);
        ((ObjectNode) container.get("securityContext")).remove("capabilities");
        ((ObjectNode) deployment.at("/spec/template/spec")).put("automountServiceAccountToken", true);
        List<String> problems = problems(deployment);
        assertEquals(5, problems.size(), String.join("\n", problems));
    }

    @Test
    void aWorkloadWithoutATmpVolumeFails() {
        ObjectNode deployment = Manifests.named(Manifests.overlay("prod"), "Deployment", "catalog-service").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).remove("volumeMounts");
        assertFalse(problems(deployment).isEmpty());
    }

    private static void expectPath(List<String> problems, String where, JsonNode container, String probe, String path) {
        if (!path.equals(container.at("/" + probe + "/httpGet/path").asText())) {
            problems.add(where + probe + " is not on " + path);
        }
        // Health is served on the management interface only (MANAGEMENT_PORT=9000, container port 'management').
        if (!"management".equals(container.at("/" + probe + "/httpGet/port").asText())) {
            problems.add(where + probe + " does not use the management port");
        }
        boolean declared = false;
        for (JsonNode port : container.path("ports")) {
            declared |= port.path("name").asText().equals("management") && port.path("containerPort").asInt() == 9000;
        }
        if (!declared) {
            problems.add(where + "declares no container port 'management' (9000)");
        }
    }

    /** Everything wrong with one object's pod template; empty for objects without pods. */
    static List<String> problems(JsonNode object) {
        JsonNode pod = Manifests.podSpec(object);
        if (pod == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String id = Manifests.id(object);
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(id + ": automountServiceAccountToken must be false");
        }
        if (pod.path("hostNetwork").asBoolean(false) || pod.path("hostPID").asBoolean(false)) {
            problems.add(id + ": uses the host's namespaces");
        }
        JsonNode podSecurity = pod.path("securityContext");
        List<JsonNode> containers = new ArrayList<>(Manifests.elements(pod.get("initContainers")));
        containers.addAll(Manifests.elements(pod.get("containers")));
        for (JsonNode container : containers) {
            String where = id + " container " + container.path("name").asText() + ": ";
            boolean init = Manifests.elements(pod.get("initContainers")).contains(container);
            if (!init) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!container.has(probe)) {
                        problems.add(where + "no " + probe);
                    }
                }
            }
            for (String kind : List.of("requests", "limits")) {
                JsonNode resources = container.path("resources").path(kind);
                if (!resources.has("cpu") || !resources.has("memory")) {
                    problems.add(where + "resources." + kind + " must set cpu and memory");
                }
            }
            JsonNode security = container.path("securityContext");
            boolean nonRoot = security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false));
            int uid = security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1));
            if (!nonRoot || uid == 0) {
                problems.add(where + "must run as non-root (runAsNonRoot: true, non-zero runAsUser)");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(where + "allowPrivilegeEscalation must be false");
            }
            if (security.path("privileged").asBoolean(false)) {
                problems.add(where + "must not be privileged");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(where + "readOnlyRootFilesystem must be true");
            }
            List<String> dropped = Manifests.elements(security.path("capabilities").get("drop")).stream()
                    .map(JsonNode::asText).toList();
            if (!dropped.contains("ALL") || security.path("capabilities").has("add")) {
                problems.add(where + "must drop ALL capabilities and add none");
            }
            String seccomp = security.path("seccompProfile").path("type")
                    .asText(podSecurity.path("seccompProfile").path("type").asText(""));
            if (!"RuntimeDefault".equals(seccomp)) {
                problems.add(where + "seccompProfile must be RuntimeDefault");
            }
            if (!mountsEmptyDirAtTmp(pod, container)) {
                problems.add(where + "needs an emptyDir at /tmp (read-only root filesystem)");
            }
        }
        return problems;
    }

    private static boolean mountsEmptyDirAtTmp(JsonNode pod, JsonNode container) {
        for (JsonNode mount : Manifests.elements(container.get("volumeMounts"))) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                String volume = mount.path("name").asText();
                return Manifests.elements(pod.get("volumes")).stream()
                        .anyMatch(v -> volume.equals(v.path("name").asText()) && v.has("emptyDir"));
            }
        }
        return false;
    }
}
