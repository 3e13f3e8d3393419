package org.procurement.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the rendered prod overlay exposes: every path a public Ingress routes is tried the way Kubernetes matches
 * them (Exact, or Prefix by whole path segments), and the platform pods (Keycloak, PostgreSQL) are fenced by
 * NetworkPolicies like the suite's own.
 */
class ExposureTests {

    private static final List<String> PUBLIC_CLASSES = List.of("nginx");

    /** Paths no public host may route, on any host. */
    private static final List<String> NEVER_PUBLIC = List.of("/q/metrics", "/q/health", "/q/health/ready",
            "/q/dev-ui", "/internal/cases", "/internal/cases/cancellations", "/internal/requests/1/events",
            "/internal/audit-checkpoints", "/catalog/reservations", "/catalog/reservations/REQ-2026-000001",
            "/catalog", "/admin/master/console/", "/admin/realms/procurement/users", "/metrics", "/health");

    /** host → paths that must be routed there. */
    private static final Map<String, List<String>> MUST_ROUTE = Map.of(
            "procurement.example", List.of("/catalog/items", "/catalog/items/1/history", "/catalog/categories",
                    "/requests", "/requests/1/timeline", "/cases/1", "/tasks", "/policies/proposals", "/routes/preview",
                    "/audit/verify"),
            "catalog.procurement.example", List.of("/q/swagger-ui/", "/q/openapi", "/catalog/items"),
            "requests.procurement.example", List.of("/q/swagger-ui/index.html", "/q/openapi", "/requests"),
            "approvals.procurement.example", List.of("/q/swagger-ui/", "/q/openapi", "/cases"),
            "sso.procurement.example", List.of("/realms/procurement/protocol/openid-connect/token",
                    "/realms/procurement/protocol/openid-connect/auth", "/resources/x/login/keycloak.v2/css/styles.css"));

    static Optional<String> route(List<ObjectNode> objects, String host, String path) {
        for (ObjectNode ingress : Manifests.ofKind(objects, "Ingress")) {
            if (!PUBLIC_CLASSES.contains(ingress.at("/spec/ingressClassName").asText())) {
                continue;
            }
            for (JsonNode rule : ingress.at("/spec/rules")) {
                if (!rule.path("host").asText().equals(host)) {
                    continue;
                }
                for (JsonNode p : rule.at("/http/paths")) {
                    if (matches(p.path("pathType").asText(), p.path("path").asText(), path)) {
                        return Optional.of(ingress.at("/metadata/name").asText() + " " + p.path("path").asText() + " -> "
                                + p.at("/backend/service/name").asText());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Kubernetes' rule: Prefix matches element by element of the '/'-split path; a trailing '/' is ignored. */
    static boolean matches(String type, String rulePath, String path) {
        if (type.equals("Exact")) {
            return rulePath.equals(path);
        }
        String[] rule = rulePath.replaceAll("/+$", "").split("/");
        String[] asked = path.split("/");
        if (rule.length > asked.length) {
            return false;
        }
        for (int i = 0; i < rule.length; i++) {
            if (!rule[i].equals(asked[i])) {
                return false;
            }
        }
        return true;
    }

    @Test
    void thePrefixRuleIsKubernetes() {
        assertTrue(matches("Prefix", "/catalog/items", "/catalog/items/1"));
        assertTrue(matches("Prefix", "/", "/anything"));
        assertTrue(!matches("Prefix", "/catalog/items", "/catalog/itemsX"));
        assertTrue(!matches("Prefix", "/catalog/items", "/catalog"));
        assertTrue(!matches("Exact", "/q/openapi", "/q/openapi/x"));
    }

    @Test
    void publicIngressesRouteThePublicApisAndNothingInternal() {
        List<ObjectNode> prod = Manifests.overlay("prod");
        List<String> hosts = new ArrayList<>(MUST_ROUTE.keySet());
        hosts.add("sso-admin.procurement.example");
        List<String> problems = new ArrayList<>();
        for (String host : hosts) {
            for (String path : NEVER_PUBLIC) {
                route(prod, host, path).ifPresent(r -> problems.add(host + path + " is routed publicly by " + r));
            }
        }
        MUST_ROUTE.forEach((host, paths) -> paths.forEach(path -> {
            if (route(prod, host, path).isEmpty()) {
                problems.add(host + path + " is not routed");
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void keycloakServesItsAdminConsoleOnlyOnTheInternalHost() {
        List<ObjectNode> prod = Manifests.overlay("prod");
        JsonNode keycloak = Manifests.named(prod, "Keycloak", "keycloak");
        assertTrue(!keycloak.at("/spec/ingress/enabled").asBoolean(true), "the operator's catch-all Ingress is off");
        assertEquals("https://sso-admin.procurement.example", keycloak.at("/spec/hostname/admin").asText());
        JsonNode admin = Manifests.named(prod, "Ingress", "keycloak-admin");
        assertEquals("nginx-internal", admin.at("/spec/ingressClassName").asText());
    }

    @Test
    void keycloakAndEveryDatabaseAreFencedByNetworkPolicies() {
        List<ObjectNode> prod = Manifests.overlay("prod");
        List<ObjectNode> policies = Manifests.ofKind(prod, "NetworkPolicy");
        List<String> problems = new ArrayList<>();
        if (!deniesAll(policies, Map.of("app", "keycloak"))) {
            problems.add("no default-deny (ingress and egress) selects Keycloak's pods");
        }
        for (ObjectNode cluster : Manifests.ofKind(prod, "Cluster")) {
            String name = cluster.at("/metadata/name").asText();
            Map<String, String> labels = Map.of("cnpg.io/cluster", name);
            if (!deniesAll(policies, labels)) {
                problems.add("no default-deny selects the pods of " + name);
            }
            // Its only application client: the service of the same name, or Keycloak for keycloak-db.
            String client = name.equals("keycloak-db") ? "keycloak-operator" : name.replace("-db", "-service");
            boolean admitted = policies.stream().filter(p -> selects(p, labels)).anyMatch(p ->
                    p.at("/spec/ingress").toString().contains("\"" + client + "\""));
            if (!admitted) {
                problems.add(name + " admits no traffic from " + client);
            }
            boolean othersAdmitted = policies.stream().filter(p -> selects(p, labels)).anyMatch(p -> {
                String ingress = p.at("/spec/ingress").toString();
                return Manifests.SERVICES.stream().filter(s -> !s.equals(client)).anyMatch(s -> ingress.contains("\"" + s + "\""));
            });
            if (othersAdmitted) {
                problems.add(name + " admits another service than " + client);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean deniesAll(List<ObjectNode> policies, Map<String, String> podLabels) {
        return policies.stream().anyMatch(p -> selects(p, podLabels)
                && p.at("/spec/policyTypes").toString().contains("Ingress")
                && p.at("/spec/policyTypes").toString().contains("Egress")
                && p.at("/spec/ingress").isMissingNode() && p.at("/spec/egress").isMissingNode());
    }

    /** Whether a policy's podSelector (matchLabels / Exists expressions) selects pods with these labels. */
    private static boolean selects(JsonNode policy, Map<String, String> podLabels) {
        JsonNode selector = policy.at("/spec/podSelector");
        var fields = selector.path("matchLabels").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().asText().equals(podLabels.get(field.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (!expression.path("operator").asText().equals("Exists")
                    || !podLabels.containsKey(expression.path("key").asText())) {
                return false;
            }
        }
        return true;
    }
}
