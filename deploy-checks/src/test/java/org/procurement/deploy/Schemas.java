package org.procurement.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offline schema validation of rendered objects.
 * <ul>
 * <li>Kubernetes built-in kinds: the models of io.kubernetes:client-java-api, generated from the Kubernetes 1.31
 * OpenAPI document; their {@code validateJsonElement} rejects unknown fields, missing required fields and wrong
 * primitive types, recursively. Only GA API versions served by Kubernetes 1.30+ are accepted.</li>
 * <li>Custom resources: the CRD subsets in src/test/resources/crd-schemas (see the README there).</li>
 * </ul>
 */
final class Schemas {

    /** apiVersions a 1.30+ cluster serves for the kinds we deploy; anything else (beta, removed) is refused. */
    static final Set<String> BUILT_IN_API_VERSIONS =
            Set.of("v1", "apps/v1", "networking.k8s.io/v1", "policy/v1", "autoscaling/v2", "batch/v1", "rbac.authorization.k8s.io/v1");

    private static final Map<String, String> CRD_FILES = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cluster.postgresql.cnpg.io.yaml",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.k8s.keycloak.org.yaml",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloakrealmimport.k8s.keycloak.org.yaml");

    private final StructuralValidator structural;

    Schemas() {
        Map<String, JsonNode> definitions = new HashMap<>();
        read("definitions.yaml").fields().forEachRemaining(e -> definitions.put(e.getKey(), e.getValue()));
        structural = new StructuralValidator(definitions);
    }

    /** The problems of one object; empty when it is valid. */
    List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        if (BUILT_IN_API_VERSIONS.contains(apiVersion)) {
            return builtIn(apiVersion, kind, object);
        }
        String crd = CRD_FILES.get(apiVersion + "/" + kind);
        if (crd == null) {
            return List.of("no schema for " + apiVersion + " " + kind + " (add its CRD to src/test/resources/crd-schemas)");
        }
        JsonNode file = read(crd);
        return structural.validate(file.get("openAPIV3Schema"), object);
    }

    private static List<String> builtIn(String apiVersion, String kind, JsonNode object) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String className = "io.kubernetes.client.openapi.models."
                + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        Method validate;
        try {
            validate = Class.forName(className).getMethod("validateJsonElement", com.google.gson.JsonElement.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return List.of("no Kubernetes model " + className + " for " + apiVersion + " " + kind);
        }
        try {
            validate.invoke(null, JsonParser.parseString(object.toString()));
            return List.of();
        } catch (InvocationTargetException e) {
            return List.of(String.valueOf(e.getCause().getMessage()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/crd-schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource crd-schemas/" + file);
            }
            return Manifests.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
